// The script-tag file: dist/pledgekit.js, one self-contained minified ES module.
// tsc has already compiled src/ into dist/; this bundles the embed entry and its dependencies.
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {readFile} from 'node:fs/promises';
import {resolve, sep} from 'node:path';

// A css`` that holds only declarations (theme.styles.js's dark tokens) is no stylesheet: left as written.
const isStylesheet = (template) => template.tag === 'css' && template.parts.some((part) => part.text.includes('{'));

// dist/pledgekit.js.map leads back to our TypeScript (tsc's maps, with the sources inline) rather than to the
// compiled dist/*.js. Only our files: Lit's maps would add Lit's own TypeScript, doubling the map for little.
const DIST = resolve('dist') + sep;
const tscSourceMaps = {
  name: 'tsc-source-maps',
  async load(id) {
    if (!id.startsWith(DIST) || !id.endsWith('.js')) return null;
    const [code, map] = await Promise.all([readFile(id, 'utf8'), readFile(`${id}.map`, 'utf8').catch(() => null)]);
    return {code, map};
  },
};

export default {
  input: 'dist/embed.js',
  output: {file: 'dist/pledgekit.js', format: 'es', sourcemap: true},
  plugins: [
    tscSourceMaps,
    // Whitespace and quotes inside our html`` and css`` templates, before terser sees them.
    minifyLiterals({
      include: ['dist/**/*.js'],
      failOnError: true,
      options: {shouldMinifyCSS: isStylesheet, minifyOptions: {removeAttributeQuotes: true}},
    }),
    nodeResolve({exportConditions: ['browser', 'production']}),
    // No property mangling: Lit's private members (`_$AH`…) are Lit's to rename, and a pattern for them breaks silently.
    terser({
      ecma: 2022,
      module: true,
      compress: {passes: 2, unsafe_arrows: true},
      format: {comments: false},
    }),
  ],
};
