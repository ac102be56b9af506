/**
 * The script-tag entry (`dist/pledgekit.js`): everything in one file, every element registered.
 */
export * from './index.js';
