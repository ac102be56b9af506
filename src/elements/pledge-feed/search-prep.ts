import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {prepareSearch} from '../../query/query.js';
import type {Pledge} from '../../model/schema.js';

// Pledges made ready for search between two looks at the idle deadline (~1 ms).
const SLICE = 100;

type IdleHandle = {idle: number} | {timer: ReturnType<typeof setTimeout>};

/** Runs `step` when the page is idle; where there is no requestIdleCallback (Safari), soon, with a few ms to spend. */
function whenIdle(step: (deadline: IdleDeadline) => void): IdleHandle {
  if (typeof requestIdleCallback === 'function') return {idle: requestIdleCallback(step)};
  return {
    timer: setTimeout(() => {
      const start = performance.now();
      step({didTimeout: false, timeRemaining: () => Math.max(0, 8 - (performance.now() - start))});
    }, 0),
  };
}

function cancelIdle(handle: IdleHandle | undefined): void {
  if (handle && 'idle' in handle) cancelIdleCallback(handle.idle);
  else if (handle) clearTimeout(handle.timer);
}

/**
 * Gets a board's list ready for search in idle time, a slice at a time (`prepareSearch`:
 * folded texts and a word index, about a fifth of a second for 10,000 pledges), so the
 * first search neither stalls the page nor reads every text. A search made before it is
 * done reads the texts, folding those not folded yet.
 */
export class SearchPrep implements ReactiveController {
  #list: readonly Pledge[] | undefined;
  #pending: IdleHandle | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Starts on a list, unless it is the one being prepared. Called again once done, it
   * looks again in the next idle moment: a list changed in place needs a new index.
   */
  prepare(list: readonly Pledge[]): void {
    if (list === this.#list && this.#pending !== undefined) return;
    this.#list = list;
    cancelIdle(this.#pending);
    let next = 0;
    const step = (deadline: IdleDeadline) => {
      while (next < list.length && deadline.timeRemaining() > 1) next = prepareSearch(list, next, SLICE);
      this.#pending = next < list.length ? whenIdle(step) : undefined;
    };
    this.#pending = whenIdle(step);
  }

  hostDisconnected(): void {
    cancelIdle(this.#pending);
    this.#pending = this.#list = undefined;
  }
}
