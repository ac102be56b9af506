/**
 * A word index of a list's search texts, so a search looks through the list's distinct
 * words instead of all of its text. A search word never holds white space, so it occurs
 * in a text exactly when it occurs inside one of the text's white-space-separated words:
 * the index finds the same pledges as `text.includes(word)` does, for any word.
 */
export class WordIndex {
  /** How many pledges, from the first, are in the index. */
  size = 0;

  // While pledges are added (all let go by finish()): the words, a hash table of them (each
  // slot holds a word's id + 1, or 0 when free; made on the first word), their hashes, and
  // for each word the last pledge that held it, so a pledge lists a word once.
  #words: string[] = [];
  #slots = new Int32Array(0);
  #hashes: number[] = [];
  #lastHolder: number[] = [];
  /** The ids of the words of each pledge in turn. */
  #held = new Uint32Array(0);
  #heldLength = 0;
  /** Where the words of each pledge end in `#held`. */
  #heldEnds: number[] = [];

  // Once complete: every word, one per line, and for each word the pledges that hold it.
  #lines = '';
  #lineStarts = new Uint32Array(0);
  #holderStarts = new Uint32Array(0);
  #holders = new Uint32Array(0);
  #complete = false;

  /**
   * Adds the next pledge's search text. Its words are read in place and hashed (FNV-1a),
   * so only a word seen for the first time becomes a string: 10,000 pledges hold over a
   * million words, which would otherwise be as many strings for the garbage collector.
   */
  add(text: string): void {
    const pledge = this.size++;
    let start = -1;
    let hash = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      if (!isSpace(c)) {
        if (start < 0) {
          start = i;
          hash = 0x811c9dc5;
        }
        hash = Math.imul(hash ^ c, 0x01000193);
      } else if (start >= 0) {
        this.#hold(pledge, this.#idOf(text, start, i, hash >>> 0));
        start = -1;
      }
    }
    this.#heldEnds.push(this.#heldLength);
  }

  /** Whether the index can answer searches: every pledge is in and the index is packed. */
  get complete(): boolean {
    return this.#complete;
  }

  /** The id of the word `text.slice(start, end)`, a new one if it is new. */
  #idOf(text: string, start: number, end: number, hash: number): number {
    const words = this.#words;
    if (this.#slots.length === 0) this.#slots = new Int32Array(1024);
    let mask = this.#slots.length - 1;
    let slot = hash & mask;
    for (let found = this.#slots[slot]!; found !== 0; found = this.#slots[slot]!) {
      const word = words[found - 1]!;
      if (this.#hashes[found - 1] === hash && word.length === end - start && text.startsWith(word, start))
        return found - 1;
      slot = (slot + 1) & mask;
    }
    const id = words.push(text.slice(start, end)) - 1;
    this.#hashes.push(hash);
    this.#lastHolder.push(-1);
    if (words.length * 2 > this.#slots.length) {
      // Grown to keep the table at most half full, so a probe ends soon.
      this.#slots = new Int32Array(this.#slots.length * 2);
      mask = this.#slots.length - 1;
      for (let other = 0; other < words.length; other++) {
        let free = this.#hashes[other]! & mask;
        while (this.#slots[free] !== 0) free = (free + 1) & mask;
        this.#slots[free] = other + 1;
      }
    } else {
      this.#slots[slot] = id + 1;
    }
    return id;
  }

  /** Notes that `pledge` holds word `id`, once. */
  #hold(pledge: number, id: number): void {
    if (this.#lastHolder[id] === pledge) return;
    this.#lastHolder[id] = pledge;
    if (this.#heldLength === this.#held.length) {
      const grown = new Uint32Array(Math.max(1024, this.#held.length * 2));
      grown.set(this.#held);
      this.#held = grown;
    }
    this.#held[this.#heldLength++] = id;
  }

  /** Packs the index for searching, once every pledge is in. */
  finish(): void {
    if (this.#complete) return;
    const words = this.#words;
    const held = this.#held.subarray(0, this.#heldLength);
    const holderStarts = new Uint32Array(words.length + 1);
    for (const id of held) holderStarts[id + 1]!++;
    for (let id = 0; id < words.length; id++) holderStarts[id + 1]! += holderStarts[id]!;
    const holders = new Uint32Array(held.length);
    const next = holderStarts.slice(0, words.length);
    for (let pledge = 0, k = 0; pledge < this.size; pledge++) {
      for (const end = this.#heldEnds[pledge]!; k < end; k++) holders[next[held[k]!]!++] = pledge;
    }
    const lineStarts = new Uint32Array(words.length + 1);
    for (let id = 0; id < words.length; id++) lineStarts[id + 1] = lineStarts[id]! + words[id]!.length + 1;
    this.#lines = words.join('\n');
    this.#lineStarts = lineStarts;
    this.#holderStarts = holderStarts;
    this.#holders = holders;
    // Long words are slices of their pledge's text and would keep it alive: `#lines` is a copy.
    this.#words = [];
    this.#hashes = [];
    this.#lastHolder = [];
    this.#slots = new Int32Array(0);
    this.#held = new Uint32Array(0);
    this.#heldEnds = [];
    this.#complete = true;
  }

  /**
   * The pledges holding every one of `words` (each without white space; an empty word is
   * in every pledge), marked with a 1 in a new array with one entry per pledge. Rare words
   * first is fastest.
   */
  match(allWords: readonly string[]): Uint8Array {
    const words = allWords.filter((word) => word !== '');
    const found = new Uint8Array(this.size);
    // Matched words per pledge: a pledge stays in while it has matched every word so far.
    const matched = new Uint32Array(this.size);
    const lines = this.#lines;
    const lineStarts = this.#lineStarts;
    const holderStarts = this.#holderStarts;
    const holders = this.#holders;
    let left = this.size;
    for (let k = 0; k < words.length && left > 0; k++) {
      left = 0;
      let id = 0;
      for (let at = lines.indexOf(words[k]!); at !== -1; at = lines.indexOf(words[k]!, lineStarts[id])) {
        while (lineStarts[id + 1]! <= at) id++;
        for (let h = holderStarts[id]!; h < holderStarts[id + 1]!; h++) {
          const pledge = holders[h]!;
          if (matched[pledge] === k) {
            matched[pledge] = k + 1;
            left++;
          }
        }
        id++;
      }
    }
    if (left > 0) for (let i = 0; i < this.size; i++) found[i] = matched[i] === words.length ? 1 : 0;
    return found;
  }
}

/** Whether a UTF-16 unit is white space as `\s` in a regular expression sees it. */
export function isSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
