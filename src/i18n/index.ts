/**
 * The UI strings of the elements in the six UN languages, Portuguese and German, with the
 * locale helpers they need: language resolution, writing direction, plurals, numbers,
 * dates and country names. No DOM access except `langOf`, so it runs in Node too.
 */
import {ar} from './locales/ar.js';
import {de} from './locales/de.js';
import {en} from './locales/en.js';
import {es} from './locales/es.js';
import {fr} from './locales/fr.js';
import {pt} from './locales/pt.js';
import {ru} from './locales/ru.js';
import {zh} from './locales/zh.js';
import {format} from './format.js';
import type {UiLanguage} from './locale.js';
import type {Messages} from './messages.js';

export {UI_LANGUAGES, directionOf, langOf, resolveLanguage} from './locale.js';
export type {UiLanguage} from './locale.js';
export type {Messages, ObjectiveLabels, PluralForms, SavedCopyCause} from './messages.js';
export {countryName, format, formatNumber, formatYear, plural} from './format.js';
export type {MessageValues} from './format.js';
export {formatDate, formatPartialDate} from './dates.js';

const TABLES: Readonly<Record<UiLanguage, Messages>> = {en, fr, es, ar, zh, ru, pt, de};

/** Every UI string in `lang` (English for a language the UI does not speak). */
export function messages(lang: UiLanguage): Messages {
  return TABLES[Object.hasOwn(TABLES, lang) ? lang : 'en'];
}

/** The short label of GCM objective `n` in `lang` (`Remittances` for 20). */
export function objectiveLabel(n: number, lang: UiLanguage): string {
  const table = messages(lang);
  return table.objectiveLabels[n - 1] ?? format(table.objectiveNumber, {n}, lang);
}
