/**
 * The values behind SCHOTEN are a proposal until the zone confirms them (src/content.ts marks each one).
 * The zone's reviewers see that in Storybook, in Dutch, with what they can do about it: a note on the
 * docs pages and a banner above every story that shows the values. Both sit outside the elements, so a
 * partner page never shows them.
 */
import {html, nothing} from 'lit';
import {feedbackContact} from '../.storybook/review.js';
import {zoneValues} from '../src/content.js';

/** The value words still awaiting the zone's confirmation, in the order of the acronym. */
export const proposedValues = zoneValues.filter((value) => value.proposal).map((value) => value.word);

const dutchNumbers = ['geen', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'];
const inWords = (count: number) => dutchNumbers[count] ?? String(count);

/** "De zeven waarden van SCHOTEN zijn", or "Twee van de zeven waarden van SCHOTEN (…) zijn", in Dutch. */
const which = () => {
  const all = inWords(zoneValues.length);
  const count = proposedValues.length;
  const verb = count === 1 ? 'is' : 'zijn';
  if (count === zoneValues.length) return `De ${all} waarden van SCHOTEN ${verb}`;
  const first = inWords(count);
  return `${first[0].toUpperCase()}${first.slice(1)} van de ${all} waarden van SCHOTEN (${proposedValues.join(', ')}) ${verb}`;
};

const heading = 'Voorstel, nog niet bevestigd door de zone.';
const what = 'een voorstel.';
// Why, for a reviewer with room to read it; on a phone the banner keeps to what to do (see preview-head.html).
const why = 'De tekst van de zone noemt het letterwoord SCHOTEN, maar stopt vóór de waarden zelf; elke waarde steunt op een zin uit de eigen missie en visie.';
const whatYouCanDo = `Klopt een waarde of haar zin? Stuur uw opmerking naar ${feedbackContact}.`;
const whereShown = 'Partners zien dit kader nooit.';

/**
 * The note for a docs page, as HTML in its Markdown, with the banner's look; empty once the zone has
 * confirmed every value.
 */
export const proposalNote = (): string =>
  proposedValues.length === 0
    ? ''
    : `<aside class="lp-reviewer-note" lang="nl" aria-label="Voor wie nakijkt"><p><strong>${heading}</strong> ${which()} ${what} <span class="lp-note-why">${why}</span> ${whatYouCanDo} ${whereShown}</p></aside>`;

/**
 * The banner above a story that shows the values (its look is in .storybook/preview-head.html); nothing
 * once the zone has confirmed every value.
 */
export const proposalBanner = () =>
  proposedValues.length === 0
    ? nothing
    : html`<aside class="lp-reviewer-note" lang="nl" aria-label="Voor wie nakijkt">
        <p><strong>${heading}</strong> ${which()} ${what} <span class="lp-note-why">${why}</span> ${whatYouCanDo} ${whereShown}</p>
      </aside>`;
