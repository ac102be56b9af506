export {CHROME_FLAGS, findChrome} from './find-browsers.js';
