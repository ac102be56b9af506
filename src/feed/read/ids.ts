/**
 * Duplicate ids, for the feed reader and the command line's rows alike: the first item
 * with an id is kept, and each later one is rejected with a reason that names the first.
 */

/** Why an item with a repeated id is rejected; `first` names the one kept (`item 3`, `row 14`). */
export function repeatedId(first: string): string {
  return `repeats the id of ${first}; the first one is kept`;
}

/** Where each id was first seen, for items that arrive one at a time (the rows of a CSV file). */
export class FirstPlaces {
  readonly #places = new Map<string, number>();

  /** Where `id` was first seen; undefined when this is the first time, and `place` is then recorded. */
  claim(id: string, place: number): number | undefined {
    const first = this.#places.get(id);
    if (first === undefined) this.#places.set(id, place);
    return first;
  }
}

/** The id of a feed item as the readers take it: a text, or a number read as text. */
export function itemId(item: unknown): string | undefined {
  const id = typeof item === 'object' && item !== null ? (item as {id?: unknown}).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * Names the item kept for each repeated id of a list whose items are all at hand: the
 * first item with that id that was not rejected. A reader finds repeats with a set, one
 * look-up an item, and calls this only when there are some (a map of first places kept
 * for every item made parsing a quarter slower in Chromium).
 */
export function nameFirstPlaces(
  items: readonly unknown[],
  rejected: readonly {index?: number}[],
  repeats: {index?: number; id?: string; reason: string; repeats?: number}[],
): void {
  const wanted = new Set(repeats.map((issue) => issue.id));
  const left = new Set(rejected.map((issue) => issue.index));
  const first = new Map<string, number>();
  for (let index = 0; index < items.length && first.size < wanted.size; index++) {
    const id = itemId(items[index]);
    if (id !== undefined && wanted.has(id) && !left.has(index) && !first.has(id)) first.set(id, index);
  }
  for (const issue of repeats) {
    issue.repeats = first.get(issue.id!)!;
    issue.reason = repeatedId(`item ${issue.repeats + 1}`);
  }
}
