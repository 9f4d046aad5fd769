import {html, nothing} from 'lit';
import {visionTexts} from './content.js';
import {heading, type HeadingRank} from './heading.js';
import type {HeadingLevel} from './attributes.js';
import {LpElement} from './LpElement.js';

/** The vision section; without a level, the heading is left out. */
export const visionSection = (level: HeadingLevel | undefined, rank: HeadingRank) => {
  const texts = visionTexts();
  return html`${level ? heading(level, texts.heading, rank) : nothing}
    <p part="text">${texts.introduction}</p>
    <ul part="list">
      ${texts.points.map((point) => html`<li part="item">${point}</li>`)}
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
  protected renderContent() {
    return visionSection(this.hideHeading ? undefined : this.levelInUse, 'top');
  }
}
