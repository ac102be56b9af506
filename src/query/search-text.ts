/** The text of a pledge as a search sees it: folded for case and accents, HTML reduced to its words. */
import type {Pledge} from '../model/schema.js';

/**
 * Text folded for searching: compatibility-decomposed (NFKD), lower-cased without locale
 * rules, stripped of combining marks (accents, Arabic diacritics) and the Arabic tatweel,
 * with runs of white space made one space and the ends trimmed. `"Zürich"` and `"ZURICH"`
 * both give `"zurich"`; `"ß"` stays `"ß"`.
 */
export function normalizeText(s: string): string {
  return fold(s).replace(/\s+/g, ' ').trim();
}

/** Case and accents folded away; white space is left, since words never span it. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\p{M}\u0640]/gu, '');
}

/** The texts a search looks through: title, summary, content, actor, partners, translations. */
export function searchFields(p: Pledge): string[] {
  const {actor, partners, translations} = p._pledge;
  const fields = [p.title, p.summary, p.content_text ?? htmlText(p.content_html), actor.name, actor.city];
  fields.push(...(partners ?? []));
  for (const t of Object.values(translations ?? {})) fields.push(t.title, t.summary, t.content_text);
  return fields.filter((f): f is string => f !== undefined);
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '};

/** The words of an HTML description, for a pledge that has no plain-text one. */
function htmlText(html: string | undefined): string | undefined {
  return html
    ?.replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => character(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => character(Number(dec)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => HTML_ENTITIES[name] ?? '');
}

/** The character of a numeric reference; nothing for a number that is no code point. */
function character(code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
