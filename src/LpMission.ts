import {LpElement} from './LpElement.js';
import {missionSection} from './sections/mission.js';

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
