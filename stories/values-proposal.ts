/**
 * The values behind SCHOTEN are a proposal until the zone confirms them (src/content.ts marks each one).
 * Reviewers see that in Storybook: a note on the docs pages and a banner above every story that shows
 * the values. Both sit outside the elements, so a partner page never shows them.
 */
import {html, nothing} from 'lit';
import {zoneValues} from '../src/content.js';

/** The value words still awaiting the zone's confirmation, in the order of the acronym. */
export const proposedValues = zoneValues.filter((value) => value.proposal).map((value) => value.word);

const which = () =>
  proposedValues.length === zoneValues.length
    ? `The ${zoneValues.length} values of SCHOTEN`
    : `${proposedValues.length} of the ${zoneValues.length} values of SCHOTEN (${proposedValues.join(', ')})`;

const verb = () => (proposedValues.length === 1 ? 'is a proposal' : 'are a proposal');

/** The note for a docs page, in Markdown; empty once the zone has confirmed every value. */
export const proposalNote = (): string =>
  proposedValues.length === 0
    ? ''
    : `> **For reviewers: proposal awaiting the zone's confirmation.** ${which()} ${verb()}: the zone's own text ` +
      `names the acronym but ends before the values. Each proposed value is grounded in a phrase of the ` +
      `zone's mission and vision. Change them in \`src/content.ts\` (and their translations in \`locales/*.xlf\`). ` +
      `This note is Storybook's: partner pages never show it.`;

const bannerStyle = [
  'margin: 0 0 1rem',
  'padding: 0.5rem 0.75rem',
  'border: 2px dashed #8a6100',
  'border-radius: 0.25rem',
  'background: #fff8e1',
  'color: #2b2100',
  'font: 0.875rem/1.4 system-ui, sans-serif',
  'max-inline-size: 60rem',
].join('; ');

/** The banner above a story that shows the values; nothing once the zone has confirmed every value. */
export const proposalBanner = () =>
  proposedValues.length === 0
    ? nothing
    : html`<aside class="lp-reviewer-note" lang="en" aria-label="Note for reviewers" style=${bannerStyle}>
        <p style="margin: 0">
          <strong>Proposal, awaiting the zone's confirmation.</strong> ${which()} ${verb()}, grounded in
          the zone's own mission and vision (its text ends before the values). Change them in
          <code>src/content.ts</code>. Shown in Storybook only, never on a partner page.
        </p>
      </aside>`;
