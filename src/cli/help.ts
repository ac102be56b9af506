/** The `--help` texts of the command line tool. */
import {CSV_COLUMNS} from './csv.js';
import {DEFAULT_PAGE_SIZE} from './build.js';
import {DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, formatSize} from './source.js';

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
  pledgekit validate <file-or-url> [--json] [--max-size <size>]
  pledgekit build <input.csv|input.json> --out <dir> --base-url <url> [options]
  pledgekit <command> --help     help on one command
  pledgekit --version

Commands:
  validate   check a JSON feed and list every rejected item and dropped field
  build      make JSON Feed, RSS and Atom feeds (with a slice per objective and
             per stakeholder type) and their JSON Schema from a CSV or JSON file
`;

/** `pledgekit validate --help`. */
export const VALIDATE_HELP = `Usage: pledgekit validate <file-or-url> [--json] [--max-size <size>]

Reads a pledge feed (JSON Feed 1.1 with the _pledge extension) from a file or an
http(s) address, the way the pledgekit elements read it, and reports:
the number of items and valid pledges, each rejected item (its position, id, field
and reason), each optional field that was dropped, and notes on what pledgekit
reads but JSON Feed and schema.json want otherwise (a date without a time, a URL
that is not a URI). A JSON Feed whose items are not pledges, and an RSS or Atom
file, are named for what they are. A next page is named, not read. Text from the
feed is shown with its control characters escaped (\u001B).

Options:
  --json              print the report as JSON
  --max-size <size>   the most it reads, such as 500KB or 200MB (default ${formatSize(DEFAULT_MAX_BYTES)});
                      an address must also send it all within ${DEFAULT_TIMEOUT_MS / 1000} seconds
  -h, --help          show this help

Exit status: 0 valid (dropped fields are warnings, notes are notes), 1 some items
are rejected or are not pledges, 2 the file or address cannot be read (missing, too
large, too slow) or is not a JSON Feed.
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
  .pledgekit-manifest.json               the list of the files it wrote
Files of an earlier build that this one no longer writes are removed; a file it
did not write is never overwritten (unless --force) nor removed, and nothing is
written or removed through a symbolic link.

Options:
  --out <dir>            folder to write into (created when missing)
  --base-url <url>       the http(s) address <dir> will be published at
  --title <text>         feed title (default: the input feed's, else "Pledges")
  --description <text>   feed description
  --home-page-url <url>  the site the feed belongs to (default: the base URL)
  --lang <tag>           feed language, such as en or fr
  --page-size <n>        pledges per page (default ${DEFAULT_PAGE_SIZE}); a page over 250 KB is reported
  --encoding <name>      the CSV's encoding, such as windows-1252 (default: detected)
  --date-format <fmt>    the one date-fns pattern of the CSV's dates, such as dd/MM/yyyy
  --force                replace files in <dir> that pledgekit did not write
  --strict               write nothing if any row is rejected or has a field dropped
                         or changed, or a page of a paged JSON input is missing
  -h, --help             show this help

Input:
  CSV: comma-separated, one pledge per row. UTF-8 (with or without BOM), UTF-16
  with BOM, or another encoding, detected (Excel's "CSV" is windows-1252 in Western
  Europe) or given with --encoding; a character lost to a wrong encoding (U+FFFD)
  is reported. The header names the fields; "_pledge." may be written before pledge
  fields or left out. Lists are separated by ";" (objectives: 16;17). Empty cells
  are absent fields. Quoted cells may hold commas, quotes ("") and line breaks.
  Every cell is trimmed of spaces, tabs and line breaks at its ends, and line
  breaks inside text (CRLF, CR) become LF, without a report. Control characters
  feeds cannot carry are removed (vertical tab and form feed become line breaks)
  and reported. Dates may be written as spreadsheets show them (29/08/2023,
  08/29/2023, 29 August 2023, an Excel serial number such as 45167); a date that
  reads as two days (03/04/2023) is reported and left out, never guessed, unless
  --date-format names the pattern. Columns:
${wrap(CSV_COLUMNS, '    ')}
  authors holds names; updates holds JSON ([{"date": ..., "text": ...}]);
  translations.<lang>.title, .summary and .content_text for any language tag.
  JSON: a list of items, or a JSON Feed; the pages of a paged feed (next_url) are
  read from the files next to it.

Output: URLs are written as URIs (https://example.org/caf%C3%A9), dates as RFC 3339
date-times (a date without a time is midnight UTC: 2023-08-15T00:00:00Z). RSS and
Atom link a pledge without a url to the home page; the JSON Feed keeps no url.

Each row is checked as the pledgekit elements check feed items: a row that lacks a
required field (id, title, actor.name, stakeholder, content_text or content_html) is
left out and reported by row number; an invalid optional field is dropped and reported.

Exit status: 0 built, 1 --strict found a problem (nothing written), 2 the input, the
output folder or an option cannot be used.
`;
