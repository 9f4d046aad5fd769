import {LpElement} from './LpElement.js';
import {visionSection} from './sections/vision.js';

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
