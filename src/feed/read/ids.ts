/**
 * Duplicate ids, for the feed reader and the command line's rows alike: the first item
 * with an id is kept, and each later one is rejected with a reason that names the first.
 */

/**
 * Where each id was first seen. Most feeds repeat no id, so until the first repeat this
 * keeps a set and a log of claims (one look-up an item, as cheap as can be), and builds
 * the map of first places from the log only when a repeat asks for one.
 */
export class FirstPlaces {
  readonly #seen = new Set<string>();
  /** Claims and releases in order (a release is logged with place -1), until the map is built. */
  readonly #log: {ids: string[]; places: number[]} = {ids: [], places: []};
  #places: Map<string, number> | undefined;

  /** Where `id` was first seen; undefined when this is the first time, and `place` is then recorded. */
  claim(id: string, place: number): number | undefined {
    if (this.#places === undefined) {
      const known = this.#seen.size;
      this.#seen.add(id);
      if (this.#seen.size > known) {
        this.#log.ids.push(id);
        this.#log.places.push(place);
        return undefined;
      }
      this.#places = this.#replay();
    }
    const first = this.#places.get(id);
    if (first === undefined) this.#places.set(id, place);
    return first;
  }

  /** Gives an id back, when the item that claimed it is rejected for another reason. */
  release(id: string): void {
    if (this.#places) {
      this.#places.delete(id);
      return;
    }
    this.#seen.delete(id);
    this.#log.ids.push(id);
    this.#log.places.push(-1);
  }

  #replay(): Map<string, number> {
    const places = new Map<string, number>();
    const {ids, places: at} = this.#log;
    for (let i = 0; i < ids.length; i++) {
      if (at[i] === -1) places.delete(ids[i]!);
      else if (!places.has(ids[i]!)) places.set(ids[i]!, at[i]!);
    }
    this.#log.ids = [];
    this.#log.places = [];
    return places;
  }
}

/** Why an item with a repeated id is rejected; `first` names the one kept (`item 3`, `row 14`). */
export function repeatedId(first: string): string {
  return `repeats the id of ${first}; the first one is kept`;
}
