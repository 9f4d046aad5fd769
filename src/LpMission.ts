import type {ContentSettings} from './form.js';
import {LpElement} from './LpElement.js';
import {missionSection} from './sections/mission.js';
import type {Locale} from './texts.js';

/**
 * The mission of Lokale Politie Schoten: the heading "Onze missie, Schoten veilig!" and the mission
 * paragraph.
 *
 * @csspart heading - The heading "Onze missie, Schoten veilig!".
 * @csspart text - The mission paragraph.
 */
export class LpMission extends LpElement {
  /**
   * The element's content in either form: the element renders the shadow one, a light snippet the other.
   * @internal
   */
  static content({level, hideHeading, form}: ContentSettings) {
    return missionSection(hideHeading ? undefined : level, 'top', form);
  }

  protected renderContent(locale: Locale) {
    return LpMission.content({level: this.levelInUse, hideHeading: this.hideHeading, locale, form: 'shadow'});
  }
}
