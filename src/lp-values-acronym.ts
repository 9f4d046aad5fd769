import {defineElements} from './define.js';
import {LpValuesAcronym} from './LpValuesAcronym.js';

defineElements({'lp-values-acronym': LpValuesAcronym});

declare global {
  interface HTMLElementTagNameMap {
    'lp-values-acronym': LpValuesAcronym;
  }
}
