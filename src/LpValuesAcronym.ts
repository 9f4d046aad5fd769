import type {PropertyDeclarations, PropertyValues} from 'lit';
import {LpElement} from './LpElement.js';
import type {Locale} from './localization.js';
import {layouts, valuesSection, valuesStyles, type Layout} from './sections/values.js';
import {baseStyles} from './styles.js';

export {layouts, type Layout} from './sections/values.js';

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
  layout: Layout = 'stacked';

  /** The layout in use: `layout`, or `stacked` when that is not valid. */
  protected layoutInUse: Layout = 'stacked';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('layout')) this.layoutInUse = this.accepted('layout', this.layout, layouts, 'stacked');
  }

  protected renderContent(locale: Locale) {
    return valuesSection(this.hideHeading ? undefined : this.levelInUse, 'top', this.layoutInUse, locale);
  }
}
