import {resolveLanguage} from './locale.js';
import type {PluralForms} from './messages.js';

/** Values for the `{name}` placeholders of a message. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A tag Intl accepts: `fr_CA` becomes `fr-CA`, a malformed tag becomes `en`. */
function canonical(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang.replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** One Intl object per locale and purpose: they cost far more to build than to use. */
export function cached<T>(cache: Map<string, T>, lang: string, build: (locale: string) => T): T {
  let value = cache.get(lang);
  if (value === undefined) {
    value = build(canonical(lang));
    cache.set(lang, value);
  }
  return value;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const regionNames = new Map<string, Intl.DisplayNames>();

/** A number written for the locale: `1,234` in English, `1 234` in French. */
export function formatNumber(value: number, lang: string): string {
  return cached(numberFormats, lang, (locale) => new Intl.NumberFormat(locale)).format(value);
}

const yearFormats = new Map<string, Intl.NumberFormat>();

/** A year in the locale's digits, not grouped: `2024`, `٢٠٢٤` in Egyptian Arabic. */
export function formatYear(year: number, lang: string): string {
  return cached(yearFormats, lang, (locale) => new Intl.NumberFormat(locale, {useGrouping: false})).format(year);
}

/**
 * Fills the `{name}` placeholders of a message. Numbers are written for `lang` (pass
 * years and ids as strings so they are not grouped); an unknown placeholder stays as is.
 */
export function format(template: string, values: MessageValues, lang = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/**
 * The form of a plural message for `count`, with `{count}` (and any other `values`)
 * filled in. The rules are `lang`'s own when the UI speaks its language (0 is singular in
 * `pt-BR` but plural in `pt-PT`, which share one table), else English's, as the text is.
 */
export function plural(lang: string, forms: PluralForms, count: number, values: MessageValues = {}): string {
  const language = resolveLanguage(lang);
  const tag = lang.trim();
  const own = tag.toLowerCase().split(/[-_]/)[0] === language;
  const rules = cached(pluralRules, own ? tag : language, (locale) => new Intl.PluralRules(locale));
  return format(forms[rules.select(count)] ?? forms.other, {...values, count}, lang);
}

/** The name of a country or region (ISO 3166-1 alpha-2) in `lang`, else the code itself. */
export function countryName(code: string, lang: string): string {
  try {
    const names = cached(regionNames, lang, (locale) => new Intl.DisplayNames([locale], {type: 'region'}));
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    // A malformed code, or a browser without Intl.DisplayNames.
    return code;
  }
}
