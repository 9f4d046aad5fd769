/** The element classes, for hosts that register them themselves, and the language controls. */
export {LpMission} from './LpMission.js';
export {LpVisionList} from './LpVisionList.js';
export {LpValuesAcronym} from './LpValuesAcronym.js';
export {LpMissionVisionValues} from './LpMissionVisionValues.js';
export type {HeadingLevel, Layout, Variant} from './attributes.js';
export {getLocale, setLocale, type Locale} from './language-of.js';
export {zoneValues, type ZoneValue} from './content.js';
export {defineElements} from './define.js';
