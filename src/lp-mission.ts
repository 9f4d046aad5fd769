import {defineElements} from './define.js';
import {LpMission} from './LpMission.js';

defineElements({'lp-mission': LpMission});

declare global {
  interface HTMLElementTagNameMap {
    'lp-mission': LpMission;
  }
}
