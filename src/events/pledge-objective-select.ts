/**
 * Fired by `<pledge-objective-list>` when the user chooses an objective, by click or by
 * keyboard (never when code sets `selected`, `pledges` or `counts`). `objectives` is the
 * selection the choice leads to: the chosen objective, none when the selected one was
 * chosen again, or, with `multiple`, the selection with the chosen one toggled. Cancel it
 * (`preventDefault()`) to keep the selection as it was.
 */
export class PledgeObjectiveSelectEvent extends Event {
  /** The GCM objective numbers (1–23) selected after this choice, in ascending order. */
  readonly objectives: readonly number[];

  constructor(objectives: readonly number[]) {
    super('pledge-objective-select', {bubbles: true, composed: true, cancelable: true});
    this.objectives = Object.freeze([...objectives]);
  }
}

declare global {
  interface HTMLElementEventMap {
    'pledge-objective-select': PledgeObjectiveSelectEvent;
  }
}
