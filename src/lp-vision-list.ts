import {defineElements} from './define.js';
import {LpVisionList} from './LpVisionList.js';

defineElements({'lp-vision-list': LpVisionList});

declare global {
  interface HTMLElementTagNameMap {
    'lp-vision-list': LpVisionList;
  }
}
