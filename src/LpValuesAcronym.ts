import type {PropertyDeclarations} from 'lit';
import {defaults, layouts, type AsWritten, type Layout} from './attributes.js';
import {LpElement} from './LpElement.js';
import {valuesSection, valuesStyles} from './sections/values.js';
import {baseStyles} from './styles.js';
import type {Locale} from './texts.js';


/**
 * The values of Lokale Politie Schoten: the heading "Waarden", the values introduction and the seven
 * values laid out as the acronym SCHOTEN. The values are a proposal until the zone confirms them.
 *
 * @csspart heading - The heading "Waarden".
 * @csspart text - The values introduction.
 * @csspart list - The list of values.
 * @csspart item - One value: its term and description.
 * @csspart letter - A big letter of SCHOTEN (decoration: hidden from assistive technology).
 * @csspart term - The value word (and, outside Dutch, its translation).
 * @csspart description - The sentence that explains the value.
 */
export class LpValuesAcronym extends LpElement {
  static override styles = [baseStyles, valuesStyles];

  static override properties: PropertyDeclarations = {layout: {reflect: true}};

  /**
   * `stacked`: one row per letter, the letter large, then the value and its sentence. `word`: the
   * letters side by side as the word SCHOTEN, the values below; stacked when the element is narrow.
   */
  layout: AsWritten<Layout> = defaults.layout;

  /** The layout in use: `layout`, or the default when that is not valid. */
  protected layoutInUse: Layout = defaults.layout;

  protected override willUpdate(): void {
    super.willUpdate();
    this.layoutInUse = this.accepted('layout', this.layout, layouts, defaults.layout);
  }

  protected renderContent(locale: Locale) {
    return valuesSection(this.hideHeading ? undefined : this.levelInUse, 'top', this.layoutInUse, locale);
  }
}
