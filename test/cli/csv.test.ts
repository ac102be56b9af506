import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {Readable} from 'node:stream';
import {COLUMN_KINDS, REQUIRED_COLUMNS, TRANSLATION, readCsvRows, readHeader, rowToItem} from '../../src/cli/csv.js';
import {Pledge, PledgeData, Translation} from '../../src/model/schema.js';
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
    assert.match(result[2]!.rejection.reason, /has 6 cells but the header has 5 columns/);
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

describe('the CSV columns and the zod schema (issue 12, item 10)', () => {
  it('names exactly the fields of the Pledge schema, nested objects as parent.field', () => {
    // Every leaf of the schema, read independently of the CLI from a parsed complete pledge.
    const leaves = (value: unknown, prefix = ''): string[] =>
      Object.entries(value as Record<string, unknown>).flatMap(([key, field]) =>
        field !== null && typeof field === 'object' && !Array.isArray(field)
          ? leaves(field, `${prefix}${key}.`)
          : [`${prefix}${key}`],
      );
    const {_pledge, ...item} = COMPLETE;
    const {translations, ...data} = _pledge;
    assert.ok(translations);
    assert.ok(Pledge.safeParse(COMPLETE).success, 'the complete pledge is valid');
    assert.deepEqual([...COLUMN_KINDS.keys()].sort(), [...leaves(item), ...leaves(data)].sort());
    assert.deepEqual(
      Object.keys(Pledge.shape)
        .filter((k) => !['_pledge'].includes(k))
        .sort(),
      Object.keys(item).sort(),
      'the complete pledge has every field of the schema',
    );
    assert.deepEqual(Object.keys(PledgeData.shape).sort(), Object.keys(_pledge).sort());
  });

  it('reads each list column as the schema types its elements', () => {
    const kinds = Object.fromEntries([...COLUMN_KINDS].filter(([, kind]) => kind !== 'text'));
    assert.deepEqual(kinds, {
      authors: 'authors',
      tags: 'list',
      countries: 'list',
      objectives: 'numbers',
      gcr_objectives: 'numbers',
      sdgs: 'numbers',
      principles: 'list',
      partners: 'list',
      forms: 'list',
      updates: 'json',
    });
    // A row written from the complete pledge reads back as the same pledge.
    const header = [...COLUMN_KINDS.keys(), 'translations.fr.title', 'translations.fr.summary'];
    const at = (path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], {
        ...COMPLETE,
        ...COMPLETE._pledge,
      });
    const cell = (path: string) => {
      const value = at(path);
      if (path === 'authors') return (value as {name: string}[]).map((a) => a.name).join(';');
      if (path === 'updates') return JSON.stringify(value);
      return Array.isArray(value) ? value.join(';') : String(value);
    };
    const {item} = rowToItem(readHeader(header), header.map(cell));
    assert.deepEqual(Pledge.parse(item), Pledge.parse(COMPLETE));
  });

  it('requires the columns the schema requires, and one of the two contents as its refinement does', () => {
    assert.deepEqual(REQUIRED_COLUMNS, [
      ['id'],
      ['title'],
      ['actor.name'],
      ['stakeholder'],
      ['content_text', 'content_html'],
    ]);
    const {content_text: _text, content_html: _html, ...withoutContent} = COMPLETE;
    assert.equal(Pledge.safeParse(withoutContent).success, false);
    assert.equal(Pledge.safeParse({...withoutContent, content_html: 'x'}).success, true);
    for (const [name] of REQUIRED_COLUMNS.slice(0, -1)) {
      const path = name!.split('.');
      const copy: Record<string, unknown> & {_pledge: Record<string, unknown>} = structuredClone(COMPLETE);
      const top = name === 'id' || name === 'title' ? copy : copy._pledge;
      const holder = path.length === 1 ? top : (copy._pledge[path[0]!] as Record<string, unknown>);
      delete holder[path[path.length - 1]!];
      assert.equal(Pledge.safeParse(copy).success, false, name);
    }
  });

  it('reads translations for exactly the fields of a translation', () => {
    assert.deepEqual(Object.keys(Translation.shape), ['title', 'summary', 'content_text']);
    assert.match('translations.pt-BR.content_text', TRANSLATION);
    assert.doesNotMatch('translations.fr.url', TRANSLATION);
  });
});

/** A pledge with every field of the schema. */
const COMPLETE = {
  id: 'complete',
  title: 'Every field',
  content_text: 'Text.',
  content_html: '<p>Text.</p>',
  summary: 'Summary.',
  url: 'https://example.org/p',
  external_url: 'https://example.org/e',
  image: 'https://example.org/i.png',
  date_published: '2024-01-01T00:00:00Z',
  date_modified: '2024-02-01T00:00:00Z',
  authors: [{name: 'Ana'}, {name: 'Bo'}],
  language: 'en',
  tags: ['a', 'b'],
  _pledge: {
    actor: {name: 'City', country: 'FR', city: 'Lyon'},
    stakeholder: 'local-government',
    scope: 'local',
    countries: ['FR', 'DE'],
    objectives: [16, 17],
    gcr_objectives: [1],
    sdgs: [10],
    principles: ['human-rights'],
    type: 'partnership',
    partners: ['Town'],
    matches: 'other',
    forms: ['policy'],
    period: {start: '2024', end: '2026-06'},
    status: 'planned',
    source: {name: 'Call', url: 'https://example.org/call'},
    updates: [{date: '2024-03-01T00:00:00Z', text: 'Begun', status: 'in-progress'}],
    translations: {fr: {title: 'Tout', summary: 'Résumé'}},
  },
};
