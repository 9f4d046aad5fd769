import type {ContentSettings} from './form.js';
import {LpElement} from './LpElement.js';
import {visionSection} from './sections/vision.js';
import type {Locale} from './texts.js';

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
  /**
   * The element's content in either form: the element renders the shadow one, a light snippet the other.
   * @internal
   */
  static content({level, hideHeading, form}: ContentSettings) {
    return visionSection(hideHeading ? undefined : level, 'top', form);
  }

  protected renderContent(locale: Locale) {
    return LpVisionList.content({level: this.levelInUse, hideHeading: this.hideHeading, locale, form: 'shadow'});
  }
}
