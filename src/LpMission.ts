import {html, nothing} from 'lit';
import {missionTexts} from './content.js';
import {styled, type ContentSettings, type MarkupForm} from './form.js';
import {heading, type HeadingRank} from './heading.js';
import {LpElement, type HeadingLevel} from './LpElement.js';
import type {Locale} from './localization.js';

/** The mission section; without a level, the heading is left out. */
export const missionSection = (level: HeadingLevel | undefined, rank: HeadingRank, form: MarkupForm = 'shadow') => {
  const texts = missionTexts();
  return html`${level ? heading(level, texts.heading, rank, form) : nothing}<p part=${styled(form, 'text')}>${texts.body}</p>`;
};

/**
 * The mission of Lokale Politie Schoten: the heading "Onze missie, Schoten veilig!" and the mission
 * paragraph.
 *
 * @csspart heading - The heading "Onze missie, Schoten veilig!".
 * @csspart text - The mission paragraph.
 */
export class LpMission extends LpElement {
  /** The element's content in either form: the element renders the shadow one, a light snippet the other. */
  static content({level, hideHeading, form}: ContentSettings) {
    return missionSection(hideHeading ? undefined : level, 'top', form);
  }

  protected renderContent(locale: Locale) {
    return LpMission.content({level: this.levelInUse, hideHeading: this.hideHeading, locale, form: 'shadow'});
  }
}
