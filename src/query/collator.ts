/** Collators by locale, for sorting titles and names the way a reader of that language expects. */

const collators = /* @__PURE__ */ new Map<string, Intl.Collator>();

/**
 * The collator of a locale, made once (building one costs far more than comparing). Numbers
 * in the texts compare as numbers (`Objective 2` before `Objective 10`); a malformed locale
 * (from a `lang` attribute) gets the runtime's default order instead of an error.
 */
export function collator(locale: string | undefined): Intl.Collator {
  const key = locale ?? '';
  let found = collators.get(key);
  if (found === undefined) {
    try {
      found = new Intl.Collator(locale, {numeric: true});
    } catch {
      found = new Intl.Collator(undefined, {numeric: true});
    }
    collators.set(key, found);
  }
  return found;
}
