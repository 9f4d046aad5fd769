import {html, nothing} from 'lit';
import {pageTexts} from './content.js';
import {styled, type ContentSettings} from './form.js';
import {heading} from './heading.js';
import {LpElement, subLevel} from './LpElement.js';
import type {Locale} from './localization.js';
import {missionSection} from './LpMission.js';
import {valuesSection, valuesStyles} from './LpValuesAcronym.js';
import {visionSection} from './LpVisionList.js';
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

  /** The element's content in either form: the element renders the shadow one, a light snippet the other. */
  static content({level, hideHeading, locale, form}: ContentSettings) {
    const texts = pageTexts();
    const sectionLevel = subLevel(level);
    return html`${hideHeading ? nothing : heading(level, texts.title, 'title', form)}
      <p part=${styled(form, 'text')}>${texts.introduction}</p>
      <section>${missionSection(sectionLevel, 'sub', form)}</section>
      <section>${visionSection(sectionLevel, 'sub', form)}</section>
      <section>${valuesSection(sectionLevel, 'sub', 'word', locale, form)}</section>`;
  }

  protected renderContent(locale: Locale) {
    return LpMissionVisionValues.content({level: this.levelInUse, hideHeading: this.hideHeading, locale, form: 'shadow'});
  }
}
