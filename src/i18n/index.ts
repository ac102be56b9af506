/**
 * The UI strings of the elements in the six UN languages, with the locale helpers they
 * need: language resolution, writing direction, plurals, numbers, dates and country names.
 * No DOM access except `langOf`, so it runs in Node too.
 */
import {ar} from './locales/ar.js';
import {en} from './locales/en.js';
import {es} from './locales/es.js';
import {fr} from './locales/fr.js';
import {ru} from './locales/ru.js';
import {zh} from './locales/zh.js';
import {format} from './format.js';
import type {UiLanguage} from './locale.js';
import {LABEL_SETS, MESSAGE_KEYS} from './messages.js';
import type {LocaleTable, Messages} from './messages.js';

export {UI_LANGUAGES, directionOf, langOf, resolveLanguage} from './locale.js';
export type {UiLanguage} from './locale.js';
export type {Messages, PluralForms} from './messages.js';
export {countryName, format, formatNumber, plural} from './format.js';
export type {MessageValues} from './format.js';
export {formatDate, formatPartialDate} from './dates.js';

const TABLES: Readonly<Record<UiLanguage, LocaleTable>> = {en, fr, es, ar, zh, ru};
const read = new Map<UiLanguage, Messages>();

/** A positional table keyed: each message by its name, a closed set's labels by its values. */
function keyed(table: LocaleTable): Messages {
  const entries = MESSAGE_KEYS.map((key, i) => {
    const value = table[i];
    const set: readonly string[] | undefined = LABEL_SETS[key as keyof typeof LABEL_SETS];
    return [key, set && Array.isArray(value) ? Object.fromEntries(set.map((v, j) => [v, value[j]])) : value];
  });
  // LocaleTable lists every key of Messages in MESSAGE_KEYS order, each with its type.
  return Object.fromEntries(entries) as unknown as Messages;
}

/** Every UI string in `lang` (English for a language the UI does not speak). */
export function messages(lang: UiLanguage): Messages {
  const known = Object.hasOwn(TABLES, lang) ? lang : 'en';
  let table = read.get(known);
  if (!table) read.set(known, (table = keyed(TABLES[known])));
  return table;
}

/** The short label of GCM objective `n` in `lang` (`Remittances` for 20). */
export function objectiveLabel(n: number, lang: UiLanguage): string {
  const table = messages(lang);
  return table.objectiveLabels[n - 1] ?? format(table.objectiveNumber, {n}, lang);
}
