import {addons} from 'storybook/manager-api';
import {create} from 'storybook/theming';
import {zoneName} from './review.js';

/**
 * The zone's name where Storybook's logo stands, as text: reviewers see whose Storybook this is, and the
 * zone's own logo is the zone's to give. It leads back to the welcome page.
 */
addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: zoneName,
    brandUrl: './',
    brandTarget: '_self',
  }),
});
