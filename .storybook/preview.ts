import type {ArgTypesEnhancer, Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
// Written by `npm run analyze` (cem analyze) from the elements' JSDoc; git-ignored.
import manifest from '../custom-elements.json' with {type: 'json'};

// Controls, the args table and the docs page of each element come from the manifest.
setCustomElementsManifest(manifest);

/** CSS custom properties take any CSS value as text; parts are documentation, nothing to set. */
const cssControls: ArgTypesEnhancer = ({argTypes}) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (category === 'css custom properties') return [name, {...argType, control: {type: 'text'}}];
      if (category === 'css shadow parts') return [name, {...argType, control: false}];
      return [name, argType];
    }),
  );

const preview: Preview = {
  // A docs page per element: its JSDoc summary, every attribute, property, event, part and CSS property.
  tags: ['autodocs'],
  argTypesEnhancers: [cssControls],
  parameters: {
    controls: {expanded: true},
  },
};

export default preview;
