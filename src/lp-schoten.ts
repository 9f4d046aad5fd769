/**
 * Registers all four elements; the one script a partner page includes. One registration call, so that a
 * page that loads the script twice, or two versions of it, gets one warning naming the four tags.
 */
import {defineElements} from './define.js';
import {LpMission} from './LpMission.js';
import {LpMissionVisionValues} from './LpMissionVisionValues.js';
import {LpValuesAcronym} from './LpValuesAcronym.js';
import {LpVisionList} from './LpVisionList.js';

defineElements({
  'lp-mission': LpMission,
  'lp-vision-list': LpVisionList,
  'lp-values-acronym': LpValuesAcronym,
  'lp-mission-vision-values': LpMissionVisionValues,
});

export * from './index.js';
// Types only: each registration module declares its tag in HTMLElementTagNameMap.
export type * from './lp-mission.js';
export type * from './lp-vision-list.js';
export type * from './lp-values-acronym.js';
export type * from './lp-mission-vision-values.js';
