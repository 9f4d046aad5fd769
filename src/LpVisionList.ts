import {html, nothing} from 'lit';
import {visionTexts} from './content.js';
import {styled, type ContentSettings, type MarkupForm} from './form.js';
import {heading, type HeadingRank} from './heading.js';
import {LpElement, type HeadingLevel} from './LpElement.js';
import type {Locale} from './localization.js';

/** The vision section; without a level, the heading is left out. */
export const visionSection = (level: HeadingLevel | undefined, rank: HeadingRank, form: MarkupForm = 'shadow') => {
  const texts = visionTexts();
  return html`${level ? heading(level, texts.heading, rank, form) : nothing}
    <p part=${styled(form, 'text')}>${texts.introduction}</p>
    <ul part=${styled(form, 'list')}>
      ${texts.points.map((point) => html`<li part=${styled(form, 'item')}>${point}</li>`)}
    </ul>`;
};

/**
 * The vision of Lokale Politie Schoten: the heading "Visie", the vision paragraph and its five points
 * as a list.
 *
 * @csspart heading - The heading "Visie".
 * @csspart text - The vision paragraph.
 * @csspart list - The list of the five points.
 * @csspart item - One point of the list.
 */
export class LpVisionList extends LpElement {
  /** The element's content in either form: the element renders the shadow one, a light snippet the other. */
  static content({level, hideHeading, form}: ContentSettings) {
    return visionSection(hideHeading ? undefined : level, 'top', form);
  }

  protected renderContent(locale: Locale) {
    return LpVisionList.content({level: this.levelInUse, hideHeading: this.hideHeading, locale, form: 'shadow'});
  }
}
