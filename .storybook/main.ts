import type {StorybookConfig} from '@storybook/web-components-vite';
import type {Channel} from 'storybook/internal/channels';
import {REQUEST_WHATS_NEW_DATA, RESULT_WHATS_NEW_DATA} from 'storybook/internal/core-events';
import {mergeConfig, type Plugin} from 'vite';

/**
 * The stories import the registration modules (`import '../src/lp-mission.js'`) for their effect alone.
 * package.json's `sideEffects` names the published registration files (lib/, dist/), so the bundler
 * would take src/lp-*.ts for side-effect free and drop the import: the elements would never be defined.
 */
const registrationModule = /[\\/]src[\\/]lp-[^\\/]+\.ts$/;
const registrationModulesHaveSideEffects = (): Plugin => ({
  name: 'lp-schoten:registration-modules-have-side-effects',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!/lp-[^/]+\.(js|ts)$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, {...options, skipSelf: true});
    return resolved && registrationModule.test(resolved.id) ? {...resolved, moduleSideEffects: true} : resolved;
  },
});

/**
 * Storybook for the zone's designers and communication team: every element, variant, layout and
 * language of @lp-schoten/elements. It runs offline: no telemetry, no fonts or scripts from elsewhere.
 */
const config: StorybookConfig & {experimental_serverChannel: (channel: Channel) => Promise<Channel>} = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  features: {
    // The elements fire no events and the stories play nothing: the Actions and Interactions panels
    // would stay empty.
    actions: false,
    interactions: false,
    // Storybook's own backgrounds paint behind a story without telling the elements, so its "dark" put
    // dark text on dark grey. The page colour scheme in the toolbar (preview.ts) paints the page instead.
    backgrounds: false,
    // Onboarding for Storybook's own authors, not for the zone's reviewers.
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
  },

  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      plugins: [registrationModulesHaveSideEffects()],
      // The web-components renderer imports lit/directive-helpers.js, which Vite's dev pre-bundling
      // misses: the page then runs two copies of Lit. Pre-bundled with the rest of Lit, it runs one.
      optimizeDeps: {include: ['lit/directive-helpers.js']},
      // Storybook's own docs renderer and axe make chunks of about 1 MB; that warning is not about us.
      build: {chunkSizeWarningLimit: 1500},
    }),

  /**
   * Storybook's dev server fetches storybook.js.org/whats-new whenever the manager opens, whatever the
   * settings say. Nothing here may reach the internet: answer the manager's request locally instead.
   * (The update check is the `--no-version-updates` flag of `npm run storybook`.)
   */
  async experimental_serverChannel(channel) {
    channel.removeAllListeners(REQUEST_WHATS_NEW_DATA);
    channel.on(REQUEST_WHATS_NEW_DATA, () => channel.emit(RESULT_WHATS_NEW_DATA, {data: {status: 'ERROR'}}));
    return channel;
  },
};

export default config;
