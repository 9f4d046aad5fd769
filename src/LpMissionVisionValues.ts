import {html, nothing} from 'lit';
import {pageTexts} from './content.js';
import {heading, subLevel} from './heading.js';
import {LpElement} from './LpElement.js';
import type {Locale} from './texts.js';
import {missionSection} from './sections/mission.js';
import {valuesSection, valuesStyles} from './sections/values.js';
import {visionSection} from './sections/vision.js';
import {baseStyles} from './styles.js';

/**
 * The whole page "Missie, visie en waarden" of Lokale Politie Schoten: the title, the introduction, then
 * the mission, the vision and the values, each under a heading one level below the title. The values are
 * laid out as the word SCHOTEN, stacked when the element is narrow.
 *
 * @csspart heading - Every heading: the title and the three section headings.
 * @csspart subheading - The section headings "Onze missie, Schoten veilig!", "Visie" and "Waarden".
 * @csspart text - Every paragraph.
 * @csspart list - The list of the vision's points, and the list of values.
 * @csspart item - A point of the vision, or a value.
 * @csspart letter - A big letter of SCHOTEN (decoration: hidden from assistive technology).
 * @csspart term - A value word (and, outside Dutch, its translation).
 * @csspart description - The sentence that explains a value.
 */
export class LpMissionVisionValues extends LpElement {
  static override styles = [baseStyles, valuesStyles];

  protected renderContent(locale: Locale) {
    const texts = pageTexts();
    const sectionLevel = subLevel(this.levelInUse);
    return html`${this.hideHeading ? nothing : heading(this.levelInUse, texts.title, 'title')}
      <p part="text">${texts.introduction}</p>
      <section>${missionSection(sectionLevel, 'sub')}</section>
      <section>${visionSection(sectionLevel, 'sub')}</section>
      <section>${valuesSection(sectionLevel, 'sub', 'word', locale)}</section>`;
  }
}
