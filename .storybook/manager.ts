import {addons} from 'storybook/manager-api';
import {create} from 'storybook/theming';

/**
 * The zone's name where Storybook's logo stands, as text: reviewers see whose Storybook this is, and the
 * zone's own logo is the zone's to give. It leads back to the welcome page.
 */
addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'Lokale Politie Schoten',
    brandUrl: './',
    brandTarget: '_self',
  }),
});
