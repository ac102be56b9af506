import type {StorybookConfig} from '@storybook/web-components-vite';
import {mergeConfig} from 'vite';
import type {Plugin} from 'vite';

// package.json's "sideEffects": false would let the build drop the stories' `import '…/define.js'`:
// those files register the elements, so they are marked as having side effects here.
const keepDefines: Plugin = {
  name: 'pledgekit:keep-define-side-effects',
  transform(code, id) {
    return /[\\/]src[\\/](?:.+[\\/])?define\.ts$/.test(id) ? {code, map: null, moduleSideEffects: true} : null;
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // The Accessibility panel: axe on every story (configured in preview.ts).
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // The toolbar's Theme menu paints the page behind each story (page.ts); a second background picker would contradict it.
  features: {backgrounds: false},
  // The sample feed at examples/feeds/local-actions.json, as on the demo site.
  staticDirs: [{from: '../examples', to: '/examples'}],
  viteFinal: (vite) =>
    mergeConfig(vite, {
      plugins: [keepDefines],
      // Storybook's renderer imports this file of lit; pre-bundled with the rest of lit, the page loads one lit-html, not two.
      optimizeDeps: {include: ['lit/directive-helpers.js']},
    }),
};

export default config;
