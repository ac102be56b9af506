// Times the board: from the feed's arrival to the first card painted, and a filter change
// to its new cards painted. "Painted" is the task after the next animation frame, which
// runs once that frame (with the new cards) has been rendered.
import {parseFeed} from '/dist/pledgekit.js';

/**
 * Resolves after the next frame is rendered: when it began (its animation frame) and when
 * it was done. "Done" is the message event's time stamp, taken as the message is delivered:
 * a garbage collection V8 runs on entering the handler comes after the paint.
 */
const afterPaint = () =>
  new Promise((done) =>
    requestAnimationFrame(() => {
      const frame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => done({frame, painted: event.timeStamp});
      channel.port2.postMessage(undefined);
    }),
  );

const board = () => document.querySelector('pledge-feed');
const cards = () => [...(board().shadowRoot?.querySelectorAll('pledge-card') ?? [])];

async function rendered() {
  await board().updateComplete;
  await Promise.all(cards().map((card) => card.updateComplete));
}

/** Fetches the feed of `n` pledges; times from its body's arrival to the first card painted. */
window.benchPaint = async (n) => {
  const response = await fetch(`/feeds/feed-${n}.json`);
  const text = await response.text();
  const arrived = performance.now();
  const {feed, pledges} = parseFeed(text);
  const parsed = performance.now();
  board().feed = feed;
  board().pledges = pledges;
  await rendered();
  const shown = performance.now();
  const first = cards()[0];
  if (!first?.shadowRoot?.querySelector('[part="title"]')?.textContent) throw new Error('no card was rendered');
  const {painted} = await afterPaint();
  return {parse: parsed - arrived, render: shown - parsed, firstCard: painted - arrived};
};

/**
 * Chooses the option `index` of the select `name` as a user does. Times the cost of the
 * change: the board's work (query and render, until every Lit update is done) plus the
 * browser's rendering of the next frame (style, layout, paint). Also times the wall clock
 * until that frame is painted, which adds the wait for the frame's turn (up to one vsync
 * interval, whatever the work costs).
 */
window.benchFilter = async (name, index) => {
  const select = board().shadowRoot.querySelector(`select[name="${name}"]`);
  if (!select || select.options.length <= index) throw new Error(`no option ${index} in ${name}`);
  const ids = () =>
    cards()
      .map((card) => card.pledge?.id)
      .join();
  const before = ids();
  const start = performance.now();
  select.selectedIndex = index;
  select.dispatchEvent(new Event('change', {bubbles: true}));
  await rendered();
  const done = performance.now();
  const {frame, painted} = await afterPaint();
  return {
    ms: done - start + (painted - frame),
    work: done - start,
    frame: painted - frame,
    wall: painted - start,
    changed: ids() !== before,
    options: select.options.length,
  };
};

/**
 * Types `word` in the board's search field and presses Enter, a second after the last
 * change (a reader takes that long to start typing). Times it as benchFilter does.
 */
window.benchSearch = async (word) => {
  await new Promise((done) => setTimeout(done, 1000));
  const input = board().shadowRoot.querySelector('input[type=search]');
  const ids = () =>
    cards()
      .map((card) => card.pledge?.id)
      .join();
  const before = ids();
  const start = performance.now();
  input.value = word;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
  await rendered();
  const done = performance.now();
  const {frame, painted} = await afterPaint();
  return {ms: done - start + (painted - frame), work: done - start, changed: ids() !== before};
};

/**
 * Resolves once the page has nothing left to do in idle time: five idle periods in a row
 * with 45 ms or more to spare (the board's idle work fills each period it runs in).
 */
window.benchIdle = () =>
  new Promise((done) => {
    let free = 0;
    const look = (deadline) => {
      free = deadline.timeRemaining() >= 45 ? free + 1 : 0;
      if (free === 5) done();
      else requestIdleCallback(look);
    };
    requestIdleCallback(look);
  });

/** Counts the nodes of the document and of every shadow root in it. */
window.benchNodes = () => {
  let count = 0;
  const walk = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      count++;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(document);
  return count;
};
window.benchReady = true;
