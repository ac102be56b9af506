// The script-tag file: dist/pledgekit.js, one self-contained minified ES module.
// tsc has already compiled src/ into dist/; this bundles the embed entry and its dependencies.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/embed.js',
  output: {file: 'dist/pledgekit.js', format: 'es', sourcemap: true},
  plugins: [
    nodeResolve({exportConditions: ['browser', 'production']}),
    terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}}),
  ],
};
