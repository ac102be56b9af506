/**
 * Duplicate ids, for the feed reader and the command line's rows alike: the first item
 * with an id is kept, and each later one is rejected with a reason that names the first.
 */

/** Where each id was first seen. */
export class FirstPlaces {
  readonly #places = new Map<string, number>();

  /** Where `id` was first seen; undefined when this is the first time, and `place` is then recorded. */
  claim(id: string, place: number): number | undefined {
    const first = this.#places.get(id);
    if (first === undefined) this.#places.set(id, place);
    return first;
  }

  /** Gives an id back, when the item that claimed it is rejected for another reason. */
  release(id: string): void {
    this.#places.delete(id);
  }
}

/** Why an item with a repeated id is rejected; `first` names the one kept (`item 3`, `row 14`). */
export function repeatedId(first: string): string {
  return `repeats the id of ${first}; the first one is kept`;
}
