import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {
  OBJECTIVES,
  PLEDGE_FORMS,
  PLEDGE_STATUSES,
  PLEDGE_TYPES,
  SCOPES,
  STAKEHOLDER_LABELS,
  STAKEHOLDER_TYPES,
} from '../../src/model/catalogue.js';
import {FEED_ERROR_CODES} from '../../src/feed/errors.js';
import {SORT_ORDERS} from '../../src/query/types.js';
import {
  UI_LANGUAGES,
  countryName,
  directionOf,
  format,
  formatDate,
  formatNumber,
  formatPartialDate,
  messages,
  objectiveLabel,
  plural,
  resolveLanguage,
} from '../../src/i18n/index.js';
import type {Messages, PluralForms, UiLanguage} from '../../src/i18n/index.js';

const LABEL_SETS: Record<string, readonly string[]> = {
  stakeholders: STAKEHOLDER_TYPES,
  statuses: PLEDGE_STATUSES,
  scopes: SCOPES,
  forms: PLEDGE_FORMS,
  types: PLEDGE_TYPES,
  feedErrors: FEED_ERROR_CODES,
  sortOrders: SORT_ORDERS,
};
const PLURAL_KEYS = ['pledgeCount', 'incomplete'] as const satisfies readonly (keyof Messages)[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const isPlural = (value: unknown): value is PluralForms =>
  typeof value === 'object' && value !== null && 'other' in value;

describe('message tables', () => {
  const english = messages('en');

  it('gives the same messages object each time a language is asked for', () => {
    assert.equal(messages('fr'), messages('fr'));
    assert.equal(messages('constructor' as 'en'), english);
  });

  it('keys each closed set by its values', () => {
    assert.equal(messages('fr').stakeholders['trade-union'], 'Syndicat');
    assert.equal(messages('ru').feedErrors['not-a-feed'], 'Файл по этому адресу не является лентой обязательств.');
    assert.deepEqual(messages('zh').sortOrders, {newest: '最新优先', oldest: '最早优先', title: '按标题'});
    assert.equal(messages('pt').stakeholders['trade-union'], 'Sindicato');
    assert.equal(messages('de').statuses.fulfilled, 'Erfüllt');
    assert.equal(english.stakeholders, STAKEHOLDER_LABELS);
  });

  for (const lang of UI_LANGUAGES) {
    const table = messages(lang);

    it(`${lang} has every English key, none empty`, () => {
      assert.deepEqual(Object.keys(table).sort(), Object.keys(english).sort());
      for (const [key, value] of Object.entries(table)) {
        if (typeof value === 'string') assert.ok(value.trim(), `${lang}.${key} is empty`);
      }
    });

    it(`${lang} labels every value of each closed set, and all 23 objectives`, () => {
      for (const [key, values] of Object.entries(LABEL_SETS)) {
        const labels = table[key as keyof Messages] as Record<string, string>;
        assert.deepEqual(Object.keys(labels).sort(), [...values].sort(), `${lang}.${key}`);
        for (const value of values) assert.ok(labels[value]?.trim(), `${lang}.${key}.${value}`);
      }
      assert.equal(table.objectiveLabels.length, OBJECTIVES.length);
      for (const label of table.objectiveLabels) assert.ok(label.trim());
    });

    it(`${lang} keeps the placeholders of every English message`, () => {
      for (const [key, value] of Object.entries(english)) {
        const translated = table[key as keyof Messages];
        if (typeof value === 'string') {
          assert.deepEqual(placeholders(translated as string), placeholders(value), `${lang}.${key}`);
        }
      }
    });

    it(`${lang} gives a form for every plural category of the language`, () => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const key of PLURAL_KEYS) {
        const forms = table[key];
        assert.ok(isPlural(forms));
        for (const category of categories) assert.ok(forms[category]?.trim(), `${lang}.${key}.${category}`);
      }
    });
  }

  it('writes the Global Compact in the UN terms of each language', () => {
    assert.match(messages('fr').objectiveListTitle, /Pacte mondial pour des migrations sûres, ordonnées et régulières/);
    assert.match(messages('es').objectiveListTitle, /Pacto Mundial para la Migración Segura, Ordenada y Regular/);
    assert.match(messages('ar').objectiveListTitle, /الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية/);
    assert.match(messages('zh').objectiveListTitle, /安全、有序和正常移民全球契约/);
    assert.match(
      messages('ru').objectiveListTitle,
      /Глобального договора о безопасной, упорядоченной и легальной миграции/,
    );
    // IOM's Portuguese (Brazil) and the UN's German text, as the German Federal Foreign Office uses it.
    assert.match(messages('pt').objectiveListTitle, /Pacto Global para uma Migração Segura, Ordenada e Regular/);
    assert.match(
      messages('de').objectiveListTitle,
      /Globalen Paktes für eine sichere, geordnete und reguläre Migration/,
    );
    assert.match(messages('pt').objectiveChip, /Pacto Global para uma Migração Segura, Ordenada e Regular/);
    assert.match(messages('de').objectiveChip, /Globalen Paktes für eine sichere, geordnete und reguläre Migration/);
  });

  it('gives each UI language its own table, Portuguese and German included', () => {
    for (const lang of ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'pt', 'de'] as const)
      assert.ok(UI_LANGUAGES.includes(lang));
    const tables = new Set(UI_LANGUAGES.map((lang) => messages(lang)));
    assert.equal(tables.size, UI_LANGUAGES.length);
    assert.equal(messages('pt').readPledge, 'Ler o compromisso completo');
    assert.equal(messages('de').readPledge, 'Vollständige Zusage lesen');
  });

  it('falls back to English for a language it does not have', () => {
    assert.equal(messages('sv' as 'en'), messages('en'));
  });
});

describe('resolveLanguage', () => {
  const cases: [string | null | undefined, string][] = [
    ['fr-CA', 'fr'],
    ['zh-Hant-TW', 'zh'],
    ['AR', 'ar'],
    ['es_419', 'es'],
    ['ru', 'ru'],
    [' en-GB ', 'en'],
    ['pt', 'pt'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['de-DE', 'de'],
    ['de-CH', 'de'],
    ['gsw', 'en'],
    ['sv-SE', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
    ['not a tag', 'en'],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} → ${expected}`, () => assert.equal(resolveLanguage(tag), expected));
  }
});

describe('directionOf', () => {
  it('is right-to-left for Arabic, Hebrew, Persian and Urdu, with or without a region', () => {
    for (const lang of ['ar', 'ar-EG', 'AR', 'he', 'iw', 'fa-IR', 'ur', 'ps', 'yi'])
      assert.equal(directionOf(lang), 'rtl', lang);
  });
  it('is left-to-right for the other UI languages and for unknown tags', () => {
    for (const lang of ['en', 'fr-CA', 'es', 'zh-Hant-TW', 'ru', 'pt-BR', 'de', 'tr', '', 'xx'])
      assert.equal(directionOf(lang), 'ltr', lang);
  });
  it('follows an explicit script subtag', () => {
    assert.equal(directionOf('ku-Arab'), 'rtl');
    assert.equal(directionOf('ur-Latn'), 'ltr');
    assert.equal(directionOf('az-Arab-IR'), 'rtl');
  });
});

describe('format', () => {
  it('fills named placeholders, as often as they appear', () => {
    assert.equal(
      format(messages('en').submittedByOn, {name: 'City of Montréal', date: '12 March 2024'}),
      'Submitted by City of Montréal on 12 March 2024',
    );
    assert.equal(format('{a} and {a}', {a: 'x'}), 'x and x');
  });
  it('writes numbers for the locale, and leaves strings as they are', () => {
    assert.equal(format(messages('en').showing, {from: 1, to: 20, total: 1234}, 'en'), 'Showing 1–20 of 1,234');
    assert.equal(format(messages('fr').pageOf, {page: 2, count: 1500}, 'fr'), 'Page 2 sur 1\u202f500');
    assert.equal(format(messages('en').matches, {id: '2024'}, 'en'), 'Matches pledge 2024');
  });
  it('leaves an unknown placeholder visible rather than writing "undefined"', () => {
    assert.equal(format('Objective {n}: {title}', {n: 3}), 'Objective 3: {title}');
  });
  it('does not throw for a malformed locale', () => {
    assert.equal(format('{n}', {n: 1000}, 'not a tag!'), '1,000');
    assert.equal(formatNumber(1000, 'fr_FR'), '1\u202f000');
  });
});

describe('plural', () => {
  const pledges = (lang: UiLanguage, count: number) => plural(lang, messages(lang).pledgeCount, count);

  it('follows Russian one/few/many', () => {
    assert.equal(pledges('ru', 1), '1 обязательство');
    assert.equal(pledges('ru', 2), '2 обязательства');
    assert.equal(pledges('ru', 5), '5 обязательств');
    assert.equal(pledges('ru', 11), '11 обязательств');
    assert.equal(pledges('ru', 21), '21 обязательство');
    assert.equal(pledges('ru', 22), '22 обязательства');
  });
  it('follows Arabic zero/one/two/few/many/other', () => {
    assert.equal(pledges('ar', 0), 'لا توجد تعهدات');
    assert.equal(pledges('ar', 1), 'تعهد واحد');
    assert.equal(pledges('ar', 2), 'تعهدان');
    assert.equal(pledges('ar', 3), '3 تعهدات');
    assert.equal(pledges('ar', 11), '11 تعهدًا');
    assert.equal(pledges('ar', 100), '100 تعهد');
  });
  it('uses the rules of the UI language for a regional tag, and its numbers', () => {
    assert.equal(plural('en-GB', messages('en').pledgeCount, 1), '1 pledge');
    assert.equal(plural('fr-CA', messages('fr').pledgeCount, 0), '0 engagement');
    assert.equal(plural('fr', messages('fr').pledgeCount, 2500), '2\u202f500 engagements');
    assert.equal(pledges('en', 1234), '1,234 pledges');
    assert.equal(pledges('zh', 1), '1项承诺');
  });
  it('follows Portuguese one/many/other, and German one/other', () => {
    assert.equal(pledges('pt', 1), '1 compromisso');
    assert.equal(pledges('pt', 2), '2 compromissos');
    assert.equal(pledges('pt', 1500), '1.500 compromissos');
    // CLDR's `many` is an exact million, read "um milhão de compromissos".
    assert.equal(pledges('pt', 1_000_000), '1.000.000 de compromissos');
    assert.equal(pledges('de', 1), '1 Zusage');
    assert.equal(pledges('de', 0), '0 Zusagen');
    assert.equal(pledges('de', 1234), '1.234 Zusagen');
  });
  it('follows the plural rules of a regional tag of the UI language (0 is singular in Brazil, plural in Portugal)', () => {
    const forms = messages('pt').pledgeCount;
    assert.equal(plural('pt-BR', forms, 0), '0 compromisso');
    assert.equal(plural('pt', forms, 0), '0 compromisso');
    assert.equal(plural('pt-PT', forms, 0), '0 compromissos');
    assert.equal(plural('pt-PT', forms, 1), '1 compromisso');
    assert.equal(plural(' pt_PT ', forms, 0), '0 compromissos');
    // A language the UI does not speak gets English text, so English rules.
    assert.equal(plural('sv', messages('en').pledgeCount, 1), '1 pledge');
  });
  it('falls back to `other` when a category has no form, and fills extra values', () => {
    assert.equal(plural('ru', {other: '{count} × {what}'}, 1, {what: 'x'}), '1 × x');
  });
});

describe('formatDate', () => {
  it('writes a long date with the year in each language', () => {
    const expected: Record<string, RegExp> = {
      en: /^March 12, 2024$/,
      fr: /^12 mars 2024$/,
      es: /^12 de marzo de 2024$/,
      ru: /^12 марта 2024/,
      zh: /^2024年3月12日$/,
      ar: /مارس/,
      pt: /^12 de março de 2024$/,
      de: /^12\. März 2024$/,
    };
    for (const lang of UI_LANGUAGES) {
      const text = formatDate('2024-03-12', lang);
      assert.match(text, expected[lang]!, lang);
      assert.match(text, /2024|٢٠٢٤/, lang);
    }
  });
  it('reads an RFC 3339 date-time as the calendar date written in it', () => {
    assert.equal(formatDate('2024-03-12T23:30:00-05:00', 'en'), 'March 12, 2024');
    assert.equal(formatDate('2024-03-01T00:00:00Z', 'fr'), '1 mars 2024');
  });
  it('returns a value that is not a date unchanged', () => {
    assert.equal(formatDate('2023-02-29', 'en'), '2023-02-29');
    assert.equal(formatDate('yesterday', 'en'), 'yesterday');
  });
  it('does not move a date by a day in a time zone west or east of UTC', () => {
    const script =
      `import {formatDate, formatPartialDate} from '${new URL('../../src/i18n/index.ts', import.meta.url).href}';` +
      "console.log(formatDate('2024-03-01', 'en') + '|' + formatDate('2024-03-01T00:00:00Z', 'en') + '|' + formatPartialDate('2024-03', 'en'));";
    for (const tz of ['America/Los_Angeles', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'UTC']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: {...process.env, TZ: tz},
        encoding: 'utf8',
      });
      assert.equal(out.trim(), 'March 1, 2024|March 1, 2024|March 2024', tz);
    }
  });
});

describe('formatPartialDate', () => {
  it('writes a year, a month or a day as precisely as it was given', () => {
    assert.equal(formatPartialDate('2024', 'en'), '2024');
    assert.equal(formatPartialDate('2024-06', 'en'), 'June 2024');
    assert.equal(formatPartialDate('2024-06', 'fr'), 'juin 2024');
    assert.equal(formatPartialDate('2024-06', 'es'), 'junio de 2024');
    assert.equal(formatPartialDate('2024-06', 'zh'), '2024年6月');
    assert.equal(formatPartialDate('2024-06', 'pt'), 'junho de 2024');
    assert.equal(formatPartialDate('2024-06', 'de'), 'Juni 2024');
    assert.equal(formatPartialDate('2024-06-30', 'de'), '30. Juni 2024');
    assert.equal(formatPartialDate('2024-06-30', 'en'), 'June 30, 2024');
  });
  it('returns anything else unchanged', () => {
    for (const value of ['2024-13', '2024-02-30', '24', 'soon']) assert.equal(formatPartialDate(value, 'en'), value);
  });
});

describe('countryName', () => {
  it('names a country in the language asked for', () => {
    assert.equal(countryName('CL', 'es'), 'Chile');
    assert.equal(countryName('CL', 'fr'), 'Chili');
    assert.match(countryName('MA', 'ar'), /[\u0600-\u06FF]/);
    assert.equal(countryName('ma', 'en'), 'Morocco');
  });
  it('falls back to the code for a code it cannot name', () => {
    assert.equal(countryName('QQ', 'en'), 'QQ');
    assert.equal(countryName('not-a-code', 'en'), 'not-a-code');
  });
});

describe('objectiveLabel', () => {
  it('gives the short label of an objective in each language', () => {
    assert.equal(objectiveLabel(20, 'en'), 'Remittances');
    assert.equal(objectiveLabel(20, 'fr'), 'Envois de fonds');
    assert.equal(objectiveLabel(20, 'es'), 'Remesas');
    assert.equal(objectiveLabel(10, 'ru'), 'Торговля людьми');
    assert.equal(objectiveLabel(1, 'zh'), '数据');
    assert.equal(objectiveLabel(1, 'ar'), 'البيانات');
    assert.equal(objectiveLabel(20, 'pt'), 'Remessas');
    assert.equal(objectiveLabel(10, 'de'), 'Menschenhandel');
  });
  it('falls back to "Objective n" outside 1–23', () => {
    assert.equal(objectiveLabel(24, 'en'), 'Objective 24');
    assert.equal(objectiveLabel(0, 'fr'), 'Objectif 0');
  });
});
