import {html, nothing} from 'lit';
import {missionTexts} from './content.js';
import {heading, type HeadingRank} from './heading.js';
import type {HeadingLevel} from './attributes.js';
import {LpElement} from './LpElement.js';

/** The mission section; without a level, the heading is left out. */
export const missionSection = (level: HeadingLevel | undefined, rank: HeadingRank) => {
  const texts = missionTexts();
  return html`${level ? heading(level, texts.heading, rank) : nothing}<p part="text">${texts.body}</p>`;
};

/**
 * The mission of Lokale Politie Schoten: the heading "Onze missie, Schoten veilig!" and the mission
 * paragraph.
 *
 * @csspart heading - The heading "Onze missie, Schoten veilig!".
 * @csspart text - The mission paragraph.
 */
export class LpMission extends LpElement {
  protected renderContent() {
    return missionSection(this.hideHeading ? undefined : this.levelInUse, 'top');
  }
}
