// Times parseFeed against JSON.parse on the same text, in this (strict CSP) page.
import {parseFeed} from '/dist/feed/read/parse.js';

// Each timed step starts from a collected heap (the bench starts Chromium with
// --js-flags=--expose-gc), so no step pays for the garbage the one before left.
const time = (run) => {
  globalThis.gc?.();
  const start = performance.now();
  const value = run();
  return [performance.now() - start, value];
};

/** Fetches the feed of `n` pledges, then times `runs` rounds; round 0 is the page's first (cold). */
window.benchParse = async (n, runs) => {
  const text = await (await fetch(`/feeds/feed-${n}.json`)).text();
  const rounds = [];
  for (let i = 0; i < runs; i++) {
    const [json] = time(() => JSON.parse(text));
    const [parse, result] = time(() => parseFeed(text));
    if (result.pledges.length !== n) throw new Error(`kept ${result.pledges.length} of ${n}`);
    rounds.push({json, parse});
  }
  return rounds;
};
window.benchReady = true;
