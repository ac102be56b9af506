// A localStorage for the Node tests: a Map behind the Storage interface, installed on
// globalThis for the length of a test.

export class MemoryStorage {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
  /** Characters held, keys included: what a browser's quota counts. */
  get size() {
    let total = 0;
    for (const [key, value] of this.items) total += key.length + value.length;
    return total;
  }
}

/** Runs `run` with `localStorage` defined by `descriptor`, then removes it, and `cleanUp` first. */
export async function withStorage(
  descriptor: PropertyDescriptor,
  run: () => void | Promise<void>,
  cleanUp: () => void = () => {},
): Promise<void> {
  Object.defineProperty(globalThis, 'localStorage', {configurable: true, ...descriptor});
  try {
    await run();
  } finally {
    cleanUp();
    Reflect.deleteProperty(globalThis, 'localStorage');
  }
}
