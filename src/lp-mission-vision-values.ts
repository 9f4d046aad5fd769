import {defineElements} from './define.js';
import {LpMissionVisionValues} from './LpMissionVisionValues.js';

defineElements({'lp-mission-vision-values': LpMissionVisionValues});

declare global {
  interface HTMLElementTagNameMap {
    'lp-mission-vision-values': LpMissionVisionValues;
  }
}
