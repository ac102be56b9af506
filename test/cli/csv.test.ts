import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {Readable} from 'node:stream';
import {readCsvRows, readHeader, rowToItem} from '../../src/cli/csv.js';
import type {CsvRow} from '../../src/cli/csv.js';
import {CliError} from '../../src/cli/errors.js';

const HEADER = 'id,title,content_text,actor.name,stakeholder';

async function rows(text: string | Buffer): Promise<CsvRow[]> {
  const out: CsvRow[] = [];
  for await (const row of readCsvRows(Readable.from([typeof text === 'string' ? Buffer.from(text) : text])))
    out.push(row);
  return out;
}

async function headerError(header: string): Promise<string> {
  await assert.rejects(rows(`${header}\n`), CliError);
  try {
    await rows(`${header}\n`);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('the CSV header', () => {
  it('maps field paths with or without the _pledge. prefix', () => {
    const columns = readHeader([
      'id',
      'title',
      'content_text',
      '_pledge.actor.name',
      'stakeholder',
      'translations.fr.title',
    ]);
    assert.deepEqual(
      columns.map((c) => c.path.join('.')),
      ['id', 'title', 'content_text', '_pledge.actor.name', '_pledge.stakeholder', '_pledge.translations.fr.title'],
    );
  });

  it('names an unknown column and suggests the closest known name', async () => {
    assert.match(
      await headerError(`${HEADER},actor.contry`),
      /Unknown column "actor.contry" \(column 6\)\. Did you mean "actor.country"\?/,
    );
    assert.match(await headerError(`${HEADER},Objectives`), /Did you mean "objectives"\?/);
    assert.match(
      await headerError(`${HEADER},favourite colour`),
      /Unknown column "favourite colour".*pledgekit build --help/,
    );
  });

  it('says when a required column is missing, and when one is repeated', async () => {
    assert.match(await headerError('id,title,content_text,actor.name'), /no "stakeholder" column/);
    assert.match(await headerError('id,title,actor.name,stakeholder'), /no "content_text" or "content_html" column/);
    assert.match(await headerError(`${HEADER},_pledge.stakeholder`), /Columns 5 and 6 are both "_pledge.stakeholder"/);
  });

  it('recognises a semicolon-separated file and a file that is not UTF-8', async () => {
    assert.match(await headerError('id;title;content_text;actor.name;stakeholder'), /semicolons between columns/);
    const utf16WithoutBom = Buffer.from(`${HEADER}\n`, 'utf16le');
    await assert.rejects(rows(utf16WithoutBom), /not look like UTF-8/);
  });

  it('reads UTF-16 when the file starts with its byte order mark', async () => {
    const [row] = await rows(Buffer.from(`\ufeff${HEADER}\na,Café,c,n,academia\n`, 'utf16le'));
    assert.equal(row?.item.title, 'Café');
  });
});

describe('CSV rows', () => {
  it('reads a byte order mark, quoted commas, quotes and line breaks', async () => {
    const text = `\ufeff${HEADER}\r\na,"Desk, ""open"" to all","Line one, two.\r\nLine ""three"".",City,local-government\r\n`;
    const [row] = await rows(text);
    assert.deepEqual(row, {
      row: 2,
      item: {
        id: 'a',
        title: 'Desk, "open" to all',
        content_text: 'Line one, two.\nLine "three".',
        _pledge: {actor: {name: 'City'}, stakeholder: 'local-government'},
      },
    });
  });

  it('splits lists on ;, reads objective numbers, leaves empty cells out and keeps bad parts for the check to report', () => {
    const columns = readHeader([
      ...HEADER.split(','),
      'objectives',
      'countries',
      'authors',
      'tags',
      'summary',
      'updates',
    ]);
    const {item} = rowToItem(columns, [
      'a',
      't',
      'c',
      'n',
      'academia',
      '17; 16;x;',
      'FR;DE',
      'Ana;Bo',
      '',
      '',
      '[{"date":"2024-01-01","text":"Begun"}]',
    ]);
    assert.deepEqual(item, {
      id: 'a',
      title: 't',
      content_text: 'c',
      _pledge: {
        actor: {name: 'n'},
        stakeholder: 'academia',
        objectives: [17, 16, 'x'],
        countries: ['FR', 'DE'],
        updates: [{date: '2024-01-01', text: 'Begun'}],
      },
      authors: [{name: 'Ana'}, {name: 'Bo'}],
    });
  });

  it('numbers rows as a spreadsheet does, skipping blank rows, and refuses a row with extra cells', async () => {
    const text = `${HEADER}\na,"two\nlines",c,n,academia\n\nb,t,c,n,academia\nc,t,with, comma,n,academia\n`;
    const result = await rows(text);
    assert.deepEqual(
      result.map((r) => r.row),
      [2, 4, 5],
    );
    assert.equal(result[2]!.rejection?.field, '');
    assert.match(result[2]!.rejection!.reason, /has 6 cells but the header has 5 columns/);
  });

  it('refuses a value under a column with no name, and ignores columns with no name and no values', async () => {
    const [lost, fine] = await rows(`${HEADER},,\na,t,c,n,academia,forgotten,\nb,t,c,n,academia,,\n`);
    assert.match(lost!.rejection!.reason, /has a value in column 6, which has no name in the header/);
    assert.equal(fine!.rejection, undefined);
  });

  it('treats names of built-in object properties as unknown columns', async () => {
    assert.match(await headerError(`${HEADER},constructor`), /Unknown column "constructor"/);
  });

  it('stops with the line of a quote that never closes', async () => {
    await assert.rejects(rows(`${HEADER}\na,t,c,n,academia\nb,"never closed,c,n,academia\n`), (error: Error) => {
      assert.ok(error instanceof CliError);
      assert.match(error.message, /line \d+.*closing " is missing/);
      return true;
    });
  });

  it('says an empty file needs a header', async () => {
    await assert.rejects(rows(''), /empty: it needs a header row/);
  });
});
