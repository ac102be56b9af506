/** The `--help` texts of the command line tool. */
import {CSV_COLUMNS} from './csv.js';
import {DEFAULT_PAGE_SIZE} from './build.js';

/** Words joined by ", " in lines of at most `width` characters, each indented. */
function wrap(words: readonly string[], indent: string, width = 80): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line}, ${word}`;
    if (indent.length + next.length + 1 > width && line !== '') {
      lines.push(`${indent}${line},`);
      line = word;
    } else {
      line = next;
    }
  }
  return [...lines, `${indent}${line}`].join('\n');
}

/** `pledgekit --help`. */
export const MAIN_HELP = `pledgekit: check and publish feeds of migration pledges

Usage:
  pledgekit validate <file-or-url> [--json]
  pledgekit build <input.csv|input.json> --out <dir> --base-url <url> [options]
  pledgekit <command> --help     help on one command
  pledgekit --version

Commands:
  validate   check a JSON feed and list every rejected item and dropped field
  build      make JSON Feed, RSS and Atom feeds (with a slice per objective and
             per stakeholder type) and their JSON Schema from a CSV or JSON file
`;

/** `pledgekit validate --help`. */
export const VALIDATE_HELP = `Usage: pledgekit validate <file-or-url> [--json]

Reads a pledge feed (JSON Feed 1.1 with the _pledge extension) from a file or an
http(s) address, the way the pledgekit elements read it, and reports:
the number of items and valid pledges, each rejected item (its position, id, field
and reason) and each optional field that was dropped. A next page is named, not read.

Options:
  --json       print the report as JSON
  -h, --help   show this help

Exit status: 0 valid (dropped fields are warnings), 1 some items are rejected,
2 the file or address cannot be read or is not a JSON Feed.
`;

/** `pledgekit build --help`. */
export const BUILD_HELP = `Usage: pledgekit build <input.csv|input.json> --out <dir> --base-url <url> [options]

Writes into <dir>:
  feed.json, feed.xml, atom.xml          the feed as JSON Feed 1.1, RSS 2.0 and Atom,
                                         newest first; above the page size, more
                                         pages (feed-2.json, ...) linked by next_url
  objective/N/..., stakeholder/TYPE/...  the same three for each objective and each
                                         stakeholder type that has pledges
  schema.json                            the JSON Schema of the JSON feed
Files of an earlier build that this one no longer writes are removed.

Options:
  --out <dir>            folder to write into (created when missing)
  --base-url <url>       the http(s) address <dir> will be published at
  --title <text>         feed title (default: the input feed's, else "Pledges")
  --description <text>   feed description
  --home-page-url <url>  the site the feed belongs to (default: the base URL)
  --lang <tag>           feed language, such as en or fr
  --page-size <n>        pledges per page (default ${DEFAULT_PAGE_SIZE})
  --strict               write nothing if any row is rejected or has a field dropped
  -h, --help             show this help

Input:
  CSV: UTF-8 (with or without BOM), comma-separated, one pledge per row. The header
  names the fields; "_pledge." may be written before pledge fields or left out.
  Lists are separated by ";" (objectives: 16;17). Empty cells are absent fields.
  Quoted cells may hold commas, quotes ("") and line breaks. Columns:
${wrap(CSV_COLUMNS, '    ')}
  authors holds names; updates holds JSON ([{"date": ..., "text": ...}]);
  translations.<lang>.title, .summary and .content_text for any language tag.
  JSON: a list of items, or a JSON Feed.

Each row is checked as the pledgekit elements check feed items: a row that lacks a
required field (id, title, actor.name, stakeholder, content_text or content_html) is
left out and reported by row number; an invalid optional field is dropped and reported.

Exit status: 0 built, 1 --strict found a problem (nothing written), 2 the input or
an option cannot be used.
`;
