/**
 * Text as a feed can carry it and as a terminal can show it. Feeds: XML 1.0 cannot hold
 * most control characters, so a build removes them from every field before writing any
 * format (the three formats then carry the same text) and says so. Terminals: feed text is
 * printed with every control character escaped, so a title cannot move the cursor, clear
 * the screen or turn a line around.
 */

/** C0 controls but tab, line feed and carriage return; DEL and C1 controls; lone surrogates; U+FFFE and U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding control characters is what these patterns are for
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Cs}/u;
const UNWRITABLE_ALL = new RegExp(UNWRITABLE.source, 'gu');
/** Vertical tab and form feed are line breaks (Excel for Mac writes a vertical tab for one inside a cell). */
// eslint-disable-next-line no-control-regex -- as above
const LINE_BREAKS = /[\u000B\u000C]/g;
const CARRIAGE_RETURNS = /\r\n?/g;

/** How a character is named in messages: `U+001B`. */
export const codePoint = (character: string): string =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What `cleanText` did to a text: the characters removed, and those that became line breaks. */
export interface TextChange {
  text: string;
  /** The characters removed or turned into line breaks, as code points (`U+000B`), each once. */
  removed: string[];
}

/**
 * A text as every feed format can carry it: line breaks as LF (a documented rule, not
 * reported), vertical tabs and form feeds as LF, and every other control character, lone
 * surrogate or non-character removed. Returns undefined when nothing had to be removed.
 */
export function cleanText(value: string): TextChange | undefined {
  const text = value.includes('\r') ? value.replace(CARRIAGE_RETURNS, '\n') : value;
  if (!UNWRITABLE.test(text)) return text === value ? undefined : {text, removed: []};
  const removed = [...new Set(text.match(UNWRITABLE_ALL)!.map(codePoint))];
  return {text: text.replace(LINE_BREAKS, '\n').replace(UNWRITABLE_ALL, ''), removed};
}

/** Receives a changed field: its path in the item and what happened, in words. */
export type Report = (field: string, reason: string) => void;

function describeChange(removed: readonly string[]): string {
  const breaks = removed.filter((c) => ['U+000B', 'U+000C'].includes(c));
  const others = removed.filter((c) => !breaks.includes(c));
  const parts = [
    ...(breaks.length ? [`${breaks.join(' and ')} became a line break`] : []),
    ...(others.length ? [`${others.join(', ')} ${others.length === 1 ? 'was' : 'were'} removed`] : []),
  ];
  return `held characters that feeds cannot carry: ${parts.join('; ')}`;
}

/**
 * Cleans every text of a raw feed item in place (its fields, lists and nested objects) and
 * reports each field that held a character feeds cannot carry, or U+FFFD, the mark of text
 * already lost to a wrong decoding. Line endings become LF without a report.
 */
export function cleanItem(item: Record<string, unknown>, report: Report, path = ''): void {
  for (const key of Object.keys(item)) {
    const field = path === '' ? key : `${path}.${key}`;
    item[key] = cleanValue(item[key], field, report);
  }
}

function cleanValue(value: unknown, field: string, report: Report): unknown {
  if (typeof value === 'string') {
    const change = cleanText(value);
    const text = change?.text ?? value;
    if (change && change.removed.length > 0) report(field, describeChange(change.removed));
    if (text.includes('\uFFFD')) {
      report(
        field,
        'holds U+FFFD (�), the mark of characters lost when a file was read in the wrong encoding; ' +
          'check the original, or pass --encoding',
      );
    }
    return text;
  }
  if (Array.isArray(value)) return value.map((element, i) => cleanValue(element, `${field}[${i}]`, report));
  if (typeof value === 'object' && value !== null) cleanItem(value as Record<string, unknown>, report, field);
  return value;
}

/**
 * Controls a terminal acts on: C0 and C1 controls, DEL, the bidirectional controls that
 * reorder a line on screen, and the line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const TERMINAL_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2028\u2029\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'};

/** Text from a feed, safe to print on one line: every control character written as an escape such as `\u001B`. */
export function printable(text: string): string {
  return text.replace(
    TERMINAL_CONTROLS,
    (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** Lines of a message, each made printable, joined with the line breaks that are the message's own. */
export function printableLines(text: string): string {
  return text
    .split('\n')
    .map((line) => printable(line))
    .join('\n');
}
