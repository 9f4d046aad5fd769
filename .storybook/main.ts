import type {StorybookConfig} from '@storybook/web-components-vite';
import type {Channel} from 'storybook/internal/channels';
import {REQUEST_WHATS_NEW_DATA, RESULT_WHATS_NEW_DATA} from 'storybook/internal/core-events';
import remarkGfm from 'remark-gfm';
import {mergeConfig, type Plugin} from 'vite';
import {redirectScript} from './renamed-stories.js';
import {zoneName} from './review.js';

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
 * Storybook titles the tab "<story> ⋅ Storybook", and has no setting for it: the zone's name goes in its
 * place each time the manager changes the title.
 */
const zoneTitleScript = `<script>
  (function (name) {
    function retitle() {
      var ours = document.title.replace(/ \u22C5 Storybook$/, ' \u22C5 ' + name).replace(/^Storybook$/, name);
      if (ours !== document.title) document.title = ours;
    }
    retitle();
    new MutationObserver(retitle).observe(document.head, {subtree: true, childList: true, characterData: true});
  })(${JSON.stringify(zoneName)});
</script>`;

/**
 * Storybook for the zone's designers and communication team: every element, variant, layout and
 * language of @lp-schoten/elements. It runs offline: no telemetry, no fonts or scripts from elsewhere.
 */
const config: StorybookConfig & {experimental_serverChannel: (channel: Channel) => Promise<Channel>} = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub's Markdown in the guides, so that their tables are tables.
    {name: '@storybook/addon-docs', options: {mdxPluginOptions: {mdxCompileOptions: {remarkPlugins: [remarkGfm]}}}},
    '@storybook/addon-a11y',
  ],
  // The zone's icon in the browser's tab (favicon.svg), in place of Storybook's.
  staticDirs: [{from: './brand', to: '/'}],
  // Links of earlier rounds open their story under its new id; the tab names the zone, not Storybook.
  managerHead: (head) => `${head}${redirectScript}${zoneTitleScript}`,
  previewHead: (head) => `${head}${redirectScript}`,
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
