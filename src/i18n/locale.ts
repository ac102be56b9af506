/**
 * The languages the UI strings are written in: the six official languages of the UN, then
 * Portuguese and German. Each has its table in `locales/`, registered in `index.ts`.
 */
export const UI_LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'pt', 'de'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

// Languages and scripts written right to left (CLDR's list, the ones a lang attribute may carry).
const RTL_LANGUAGE = /^(ar|arc|azb|ckb|dv|fa|glk|he|iw|ks|lrc|mzn|nqo|pnb|ps|sd|syr|ug|ur|yi)$/;
const RTL_SCRIPT = /^(adlm|arab|hebr|mand|nkoo|rohg|samr|syrc|thaa)$/;

function subtags(tag: string | null | undefined): string[] {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/);
}

/**
 * The UI language for a BCP 47 tag: its primary language if the UI speaks it, else
 * English. `fr-CA` → `fr`, `pt-BR` and `pt-PT` → `pt`, `zh-Hant-TW` → `zh`, `AR` → `ar`,
 * `sv` or `''` → `en`.
 */
export function resolveLanguage(tag: string | null | undefined): UiLanguage {
  const primary = subtags(tag)[0];
  return UI_LANGUAGES.find((language) => language === primary) ?? 'en';
}

/**
 * The writing direction of a language tag: `rtl` for Arabic, Hebrew, Persian, Urdu and
 * the other right-to-left languages, or for any tag with a right-to-left script
 * (`ku-Arab`); a left-to-right script wins over the language (`ur-Latn` is `ltr`).
 */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  const [primary = '', second = ''] = subtags(lang);
  const rtl = second.length === 4 ? RTL_SCRIPT.test(second) : RTL_LANGUAGE.test(primary);
  return rtl ? 'rtl' : 'ltr';
}

/**
 * The language an element is in: its own non-empty `lang`, else its nearest ancestor's,
 * walking out of shadow roots to their hosts, else the document's, else `en`.
 */
export function langOf(element: Element): string {
  let current: Element | null = element;
  while (current) {
    const found = current.closest('[lang]:not([lang=""])');
    if (found) return found.getAttribute('lang') ?? 'en';
    // A shadow root has a host; a document or a detached tree does not.
    current = (current.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return (typeof document === 'undefined' ? '' : document.documentElement.lang) || 'en';
}
