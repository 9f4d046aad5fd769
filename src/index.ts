/** The element classes, for hosts that register them themselves, and the language controls. */
export {LpMission} from './LpMission.js';
export {LpVisionList} from './LpVisionList.js';
export {LpValuesAcronym, type Layout} from './LpValuesAcronym.js';
export {LpMissionVisionValues} from './LpMissionVisionValues.js';
export {LpElement, type HeadingLevel, type Variant} from './LpElement.js';
export {getLocale, setLocale, type Locale} from './localization.js';
export {valuesAcronym, zoneValues, type ZoneValue} from './content.js';
export {defineElements} from './define.js';
