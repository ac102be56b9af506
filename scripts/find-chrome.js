// Kept for branches that still import it: scripts/find-browsers.js finds all three engines.
export {CHROME_FLAGS, findChrome} from './find-browsers.js';
