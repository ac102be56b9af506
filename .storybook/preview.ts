import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
// Written by `npm run analyze` (cem analyze) from the elements' JSDoc; git-ignored.
import manifest from '../custom-elements.json' with {type: 'json'};
import {argTypesFrom} from './controls.js';
import {a11y, globalTypes, initialGlobals, withPage} from './page.js';

// The docs page of each element (its summary and description) comes from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  // A docs page per element: its JSDoc summary, every attribute, property, event, part and CSS property.
  tags: ['autodocs'],
  decorators: [withPage],
  globalTypes,
  initialGlobals,
  parameters: {
    controls: {expanded: true},
    // One row and one control per setting (see controls.ts), instead of the renderer's attribute and property rows.
    docs: {extractArgTypes: argTypesFrom(manifest)},
    a11y,
  },
};

export default preview;
