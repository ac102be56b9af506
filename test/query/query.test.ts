import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {OBJECTIVE_NUMBERS, PLEDGE_STATUSES, SCOPES, STAKEHOLDER_TYPES} from '../../src/model/catalogue.js';
import type {Pledge, PledgeData} from '../../src/model/schema.js';
import {
  facetCounts,
  filterPledges,
  matchesQuery,
  normalizeText,
  paginate,
  pledgeYear,
  prepareSearch,
  queryPledges,
  sortPledges,
} from '../../src/query/query.js';
import {SORT_ORDERS} from '../../src/query/types.js';
import type {PledgeQuery, SortOrder} from '../../src/query/types.js';

type PledgeOverrides = Partial<Omit<Pledge, '_pledge'>> & {_pledge?: Partial<PledgeData>};

let nextId = 1;

/** A valid pledge of a city, with the given fields replaced. */
function makePledge(overrides: PledgeOverrides = {}): Pledge {
  const {_pledge, ...item} = overrides;
  return {
    id: `pledge-${nextId++}`,
    title: 'Welcome desk for newcomers',
    content_text: 'The city commits to open a welcome desk.',
    ...item,
    _pledge: {actor: {name: 'City of Example'}, stakeholder: 'local-government', ..._pledge},
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const PLEDGES: readonly Pledge[] = deepFreeze([
  makePledge({
    id: 'sao-paulo',
    title: 'Centro de Referência e Atendimento para Imigrantes',
    summary: 'Free legal and social assistance for migrants in the city centre.',
    date_published: '2021-06-10T09:00:00-03:00',
    _pledge: {
      actor: {name: 'Prefeitura de São Paulo', country: 'BR', city: 'São Paulo'},
      stakeholder: 'local-government',
      scope: 'local',
      objectives: [15, 16],
      status: 'in-progress',
    },
  }),
  makePledge({
    id: 'montreal',
    title: "Bureau d'intégration des nouveaux arrivants",
    content_text: 'Un guichet unique pour les personnes immigrantes.',
    date_published: '2019-11-02',
    _pledge: {
      actor: {name: 'Ville de Montréal', country: 'CA', city: 'Montréal'},
      scope: 'local',
      objectives: [16],
      status: 'fulfilled',
      translations: {en: {title: 'Newcomer integration office', summary: 'A one-stop shop for newcomers.'}},
    },
  }),
  makePledge({
    id: 'zurich',
    title: 'City ID card for all residents',
    date_published: '2022-03-15T10:00:00+01:00',
    _pledge: {
      actor: {name: 'Stadt Zürich', country: 'CH'},
      scope: 'local',
      objectives: [4, 16, 17],
      status: 'planned',
    },
  }),
  makePledge({
    id: 'maipu',
    title: 'MAIPÚ ACOGE',
    content_text: 'Oficina municipal de migrantes con orientación laboral.',
    _pledge: {
      actor: {name: 'Municipalidad de Maipú', country: 'CL'},
      scope: 'local',
      objectives: [6, 15],
      period: {start: '2020-03', end: '2024'},
      status: 'in-progress',
    },
  }),
  makePledge({
    id: 'amman',
    title: 'دَعْمُ اللاجــئين في عمّان',
    content_text: 'تلتزم أمانة عمّان الكبرى بتوفير الخدمات الأساسية للاجئين.',
    date_published: '2022-08-01',
    _pledge: {
      actor: {name: 'أمانة عمّان الكبرى', country: 'JO'},
      stakeholder: 'local-government',
      scope: 'subnational',
      objectives: [7],
    },
  }),
  makePledge({
    id: 'guangzhou',
    title: '支持难民融入社区',
    content_text: '为难民和移民提供语言课程。',
    date_published: '2023-01-15',
    _pledge: {
      actor: {name: '广州社区服务中心', country: 'CN'},
      stakeholder: 'civil-society',
      scope: 'regional',
      objectives: [16, 23],
    },
  }),
  makePledge({
    id: 'ilo',
    title: 'Fair recruitment corridor',
    content_text: 'Zero recruitment fees for workers moving between Nepal and Qatar.',
    date_published: '2023-05-01T00:00:00Z',
    _pledge: {
      actor: {name: 'International Labour Organization'},
      stakeholder: 'un-system',
      scope: 'global',
      countries: ['NP', 'QA'],
      objectives: [6],
      type: 'partnership',
      partners: ['Migrant Forum in Asia'],
      status: 'planned',
    },
  }),
  makePledge({
    id: 'undated',
    title: 'Language cafés',
    content_html: '<p>Weekly <strong>conversation</strong> tables &amp; job coaching</p>',
    content_text: undefined,
    _pledge: {actor: {name: 'Collectif Accueil', country: 'FR'}, stakeholder: 'civil-society', objectives: [16, 16]},
  }),
  makePledge({
    id: 'ecole',
    title: 'École de langue pour adultes',
    date_published: '2022-09-01',
    _pledge: {
      actor: {name: "France terre d'asile", country: 'FR', city: 'Paris'},
      stakeholder: 'civil-society',
      scope: 'national',
      // Lower case on purpose: codes compare in any case, in pledges as in queries.
      countries: ['fr', 'BE'],
      objectives: [16, 18],
      status: 'fulfilled',
    },
  }),
]);

const ids = (pledges: readonly Pledge[]) => pledges.map((p) => p.id);
const find = (q: PledgeQuery) => ids(filterPledges(PLEDGES, q));

describe('normalizeText', () => {
  it('folds case and accents, and collapses white space', () => {
    assert.equal(normalizeText('  Zürich\t\n MONTRÉAL  MAIPÚ '), 'zurich montreal maipu');
    assert.equal(normalizeText('İstanbul'), 'istanbul');
  });

  it('strips Arabic diacritics and the tatweel', () => {
    assert.equal(normalizeText('دَعْمُ اللاجــئين'), normalizeText('دعم اللاجئين'));
    assert.equal(normalizeText('عمّان'), 'عمان');
  });

  it('leaves text without case or accents alone', () => {
    assert.equal(normalizeText('支持难民融入'), '支持难民融入');
    assert.equal(normalizeText('   '), '');
  });
});

describe('pledgeYear', () => {
  it('reads the year of date_published as written, else of period.start', () => {
    assert.equal(pledgeYear(PLEDGES[0]!), 2021);
    assert.equal(pledgeYear(PLEDGES[3]!), 2020);
    const both = makePledge({date_published: '2018-12-31T23:30:00-05:00', _pledge: {period: {start: '2010'}}});
    assert.equal(pledgeYear(both), 2018);
  });

  it('is undefined for a pledge with neither date', () => {
    assert.equal(pledgeYear(PLEDGES[7]!), undefined);
  });
});

describe('filterPledges: one filter at a time', () => {
  it('keeps everything for an empty query, or empty lists and blank text', () => {
    assert.deepEqual(find({}), ids(PLEDGES));
    assert.deepEqual(find({objectives: [], stakeholders: [], countries: [], text: ' \t '}), ids(PLEDGES));
  });

  it('filters by objective', () => {
    assert.deepEqual(find({objectives: [6]}), ['maipu', 'ilo']);
    assert.deepEqual(find({objectives: [1]}), []);
  });

  it('filters by stakeholder type', () => {
    assert.deepEqual(find({stakeholders: ['un-system']}), ['ilo']);
    assert.deepEqual(find({stakeholders: ['civil-society']}), ['guangzhou', 'undated', 'ecole']);
  });

  it('filters by scope, leaving out pledges without one', () => {
    assert.deepEqual(find({scopes: ['global']}), ['ilo']);
    assert.deepEqual(find({scopes: ['subnational', 'regional', 'national']}), ['amman', 'guangzhou', 'ecole']);
  });

  it("filters by the actor's country or the countries covered, in any case", () => {
    assert.deepEqual(find({countries: ['ch']}), ['zurich']);
    assert.deepEqual(find({countries: ['NP']}), ['ilo']);
    assert.deepEqual(find({countries: ['Fr']}), ['undated', 'ecole']);
    assert.deepEqual(find({countries: ['BE']}), ['ecole']);
  });

  it('filters by status, leaving out pledges without one', () => {
    assert.deepEqual(find({statuses: ['fulfilled']}), ['montreal', 'ecole']);
    assert.deepEqual(find({statuses: ['planned', 'in-progress']}), ['sao-paulo', 'zurich', 'maipu', 'ilo']);
  });

  it('filters by an inclusive year range, from date_published or period.start', () => {
    assert.deepEqual(find({yearFrom: 2022, yearTo: 2022}), ['zurich', 'amman', 'ecole']);
    assert.deepEqual(find({yearFrom: 2020, yearTo: 2020}), ['maipu']);
    assert.deepEqual(find({yearTo: 2020}), ['montreal', 'maipu']);
    assert.deepEqual(find({yearFrom: 2023}), ['guangzhou', 'ilo']);
    assert.deepEqual(find({yearFrom: 2024, yearTo: 2019}), []);
  });

  it('ignores a year bound that is not a number', () => {
    assert.deepEqual(find({yearFrom: Number.NaN}), ids(PLEDGES));
  });
});

describe('filterPledges: text', () => {
  it('ignores case and accents on either side', () => {
    assert.deepEqual(find({text: 'zurich'}), ['zurich']);
    assert.deepEqual(find({text: 'MONTREAL'}), ['montreal']);
    assert.deepEqual(find({text: 'montréal'}), ['montreal']);
    assert.deepEqual(find({text: 'maipu'}), ['maipu']);
    assert.deepEqual(find({text: 'ECOLE'}), ['ecole']);
  });

  it('needs every word, in any order and any field', () => {
    assert.deepEqual(find({text: 'acoge  maipú'}), ['maipu']);
    assert.deepEqual(find({text: 'recruitment qatar'}), ['ilo']);
    assert.deepEqual(find({text: 'recruitment zurich'}), []);
  });

  it('matches parts of words', () => {
    assert.deepEqual(find({text: 'migra'}), ['sao-paulo', 'montreal', 'maipu', 'ilo']);
  });

  it('finds the same after prepareSearch worked through the list ahead of time, a slice at a time', () => {
    const fresh = structuredClone(PLEDGES) as Pledge[];
    const starts: number[] = [];
    for (let next = 0; next < fresh.length; next = prepareSearch(fresh, next, 3)) starts.push(next);
    assert.deepEqual(
      starts,
      Array.from({length: Math.ceil(fresh.length / 3)}, (_, k) => k * 3),
    );
    assert.equal(prepareSearch(fresh, fresh.length, 3), fresh.length);
    assert.equal(prepareSearch(fresh, 0, 1), fresh.length, 'a list that is done says so wherever asked to start');
    const skipped = structuredClone(PLEDGES) as Pledge[];
    assert.equal(prepareSearch(skipped, 4, 2), 6, 'the pledges before are done first');
    for (const text of ['migra', 'acoge maipú', 'paris', 'nothing like this']) {
      assert.deepEqual(
        filterPledges(fresh, {text}).map((p) => p.id),
        find({text}),
        text,
      );
    }
  });

  it('searches the summary, the actor name and city, and the partners', () => {
    assert.deepEqual(find({text: 'legal assistance'}), ['sao-paulo']);
    assert.deepEqual(find({text: 'prefeitura'}), ['sao-paulo']);
    assert.deepEqual(find({text: 'paris'}), ['ecole']);
    assert.deepEqual(find({text: 'migrant forum'}), ['ilo']);
  });

  it('searches translations', () => {
    assert.deepEqual(find({text: 'newcomer office'}), ['montreal']);
    assert.deepEqual(find({text: 'one-stop'}), ['montreal']);
  });

  it('searches the words of an HTML description, not its tags', () => {
    assert.deepEqual(find({text: 'conversation & job'}), ['undated']);
    assert.deepEqual(find({text: 'strong'}), []);
  });

  it('reads numeric character references in an HTML description, and skips those that are no character', () => {
    const pledge = makePledge({
      id: 'refs',
      content_text: undefined,
      content_html: '<p>Caf&#233; &#x110000; &#99999999; na&#xEF;ve</p>',
    });
    assert.deepEqual(ids(filterPledges([pledge], {text: 'cafe naive'})), ['refs']);
  });

  it('finds Arabic with or without diacritics and tatweel', () => {
    assert.deepEqual(find({text: 'اللاجئين'}), ['amman']);
    assert.deepEqual(find({text: 'دعم عمان'}), ['amman']);
    assert.deepEqual(find({text: 'دَعْمُ عمّان'}), ['amman']);
  });

  it('finds Chinese words inside text that has no spaces', () => {
    assert.deepEqual(find({text: '难民'}), ['guangzhou']);
    assert.deepEqual(find({text: '融入 语言课程'}), ['guangzhou']);
  });
});

describe('filterPledges: combined filters', () => {
  it('takes any value within a facet and every facet together', () => {
    assert.deepEqual(find({objectives: [6, 7]}), ['maipu', 'amman', 'ilo']);
    assert.deepEqual(find({objectives: [16], countries: ['FR', 'CA']}), ['montreal', 'undated', 'ecole']);
    const q: PledgeQuery = {objectives: [16], countries: ['FR'], stakeholders: ['civil-society'], yearFrom: 2020};
    assert.deepEqual(find(q), ['ecole']);
    assert.deepEqual(find({objectives: [15, 6], statuses: ['in-progress'], text: 'laboral'}), ['maipu']);
    assert.deepEqual(find({objectives: [6], scopes: ['local'], countries: ['NP']}), []);
  });

  it('agrees with matchesQuery', () => {
    const queries: PledgeQuery[] = [
      {},
      {objectives: [16], text: 'langue'},
      {stakeholders: ['local-government'], yearFrom: 2021},
      {countries: ['fr'], statuses: ['fulfilled']},
      {scopes: ['local'], text: 'ville'},
    ];
    for (const q of queries) {
      assert.deepEqual(find(q), ids(PLEDGES.filter((p) => matchesQuery(p, q))), JSON.stringify(q));
    }
  });
});

describe('sortPledges', () => {
  it('sorts newest first and oldest first, undated pledges last in both', () => {
    assert.deepEqual(ids(sortPledges(PLEDGES, 'newest')), [
      'ilo',
      'guangzhou',
      'ecole',
      'amman',
      'zurich',
      'sao-paulo',
      'maipu',
      'montreal',
      'undated',
    ]);
    assert.deepEqual(ids(sortPledges(PLEDGES, 'oldest')), [
      'montreal',
      'maipu',
      'sao-paulo',
      'zurich',
      'amman',
      'ecole',
      'guangzhou',
      'ilo',
      'undated',
    ]);
  });

  it('places a pledge published on a leap second', () => {
    const leap = makePledge({id: 'leap', date_published: '2016-12-31T23:59:60Z'});
    const later = makePledge({id: 'later', date_published: '2017-01-01T00:00:01Z'});
    assert.deepEqual(ids(sortPledges(deepFreeze([later, PLEDGES[7]!, leap]), 'oldest')), ['leap', 'later', 'undated']);
  });

  it('compares instants, whatever the offset', () => {
    const late = makePledge({id: 'late', date_published: '2024-01-01T00:30:00+02:00'});
    const early = makePledge({id: 'early', date_published: '2023-12-31T23:00:00Z'});
    assert.deepEqual(ids(sortPledges(deepFreeze([early, late]), 'oldest')), ['late', 'early']);
  });

  it('keeps the original order of ties', () => {
    const same = deepFreeze(
      ['a', 'b', 'c', 'd'].map((id) => makePledge({id, title: 'Same title', date_published: '2022-01-01'})),
    );
    const undated = deepFreeze(['x', 'y'].map((id) => makePledge({id})));
    for (const order of SORT_ORDERS) {
      assert.deepEqual(ids(sortPledges([...undated, ...same], order)), ['a', 'b', 'c', 'd', 'x', 'y'], order);
    }
  });

  it("sorts titles by the locale's collation", () => {
    const names = ['Zèbre', 'École', 'Eau', 'Abri', 'Objective 10', 'Objective 9'];
    const titled = deepFreeze(names.map((title) => makePledge({title})));
    const titles = (locale: string) => sortPledges(titled, 'title', locale).map((p) => p.title);
    assert.deepEqual(titles('fr'), ['Abri', 'Eau', 'École', 'Objective 9', 'Objective 10', 'Zèbre']);
    const nordic = deepFreeze(['Zebra', 'Öl', 'Ost'].map((title) => makePledge({title})));
    assert.deepEqual(
      sortPledges(nordic, 'title', 'sv').map((p) => p.title),
      ['Ost', 'Zebra', 'Öl'],
    );
    assert.deepEqual(
      sortPledges(nordic, 'title', 'de').map((p) => p.title),
      ['Öl', 'Ost', 'Zebra'],
    );
  });

  it('falls back to the default collation for a malformed locale', () => {
    const titled = deepFreeze(['b', 'a'].map((title) => makePledge({title})));
    assert.deepEqual(
      sortPledges(titled, 'title', 'not a locale!').map((p) => p.title),
      ['a', 'b'],
    );
  });

  it('returns a new array', () => {
    const sorted = sortPledges(PLEDGES, 'oldest');
    assert.notEqual(sorted, PLEDGES);
    assert.equal(sorted.length, PLEDGES.length);
  });
});

describe('paginate', () => {
  const items = Array.from({length: 25}, (_, i) => i + 1);

  it('cuts a list into pages counted from 1', () => {
    assert.deepEqual(paginate(items, 2, 10), {
      items: [11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
      page: 2,
      pageCount: 3,
      total: 25,
      pageSize: 10,
    });
    assert.deepEqual(paginate(items, 3, 10).items, [21, 22, 23, 24, 25]);
  });

  it('clamps the page into range', () => {
    assert.equal(paginate(items, 0, 10).page, 1);
    assert.deepEqual(paginate(items, -3, 10).items, items.slice(0, 10));
    assert.equal(paginate(items, 99, 10).page, 3);
    assert.deepEqual(paginate(items, 99, 10).items, [21, 22, 23, 24, 25]);
    assert.equal(paginate(items, Number.NaN, 10).page, 1);
  });

  it('has one empty page for an empty list', () => {
    assert.deepEqual(paginate([], 5, 10), {items: [], page: 1, pageCount: 1, total: 0, pageSize: 10});
  });

  it('keeps at least one item per page', () => {
    const page = paginate(items, 2, 0);
    assert.equal(page.pageSize, 1);
    assert.deepEqual(page.items, [2]);
    assert.equal(page.pageCount, 25);
  });
});

describe('facetCounts', () => {
  it('counts every pledge under each of its objectives, once', () => {
    const facets = facetCounts(PLEDGES, {});
    assert.deepEqual([...facets.objective.keys()], [...OBJECTIVE_NUMBERS]);
    assert.equal(facets.objective.get(16), 6);
    assert.equal(facets.objective.get(6), 2);
    assert.equal(facets.objective.get(1), 0);
  });

  it("leaves out each facet's own filter, so other values stay visible", () => {
    const facets = facetCounts(PLEDGES, {objectives: [16], countries: ['FR']});
    assert.equal(facets.objective.get(16), 2);
    assert.equal(facets.objective.get(18), 1);
    assert.deepEqual(
      [...facets.country],
      [
        ['BE', 1],
        ['BR', 1],
        ['CA', 1],
        ['CH', 1],
        ['CN', 1],
        ['FR', 2],
      ],
    );
    assert.equal(facets.stakeholder.get('civil-society'), 2);
    assert.equal(facets.stakeholder.get('local-government'), 0);
  });

  it('holds every stakeholder type, but only the countries and years that occur', () => {
    const facets = facetCounts(PLEDGES, {text: 'recruitment'});
    assert.deepEqual([...facets.stakeholder.keys()], [...STAKEHOLDER_TYPES]);
    assert.deepEqual(
      [...facets.country],
      [
        ['NP', 1],
        ['QA', 1],
      ],
    );
    assert.deepEqual([...facets.year], [[2023, 1]]);
  });

  it('lists years in ascending order, without undated pledges', () => {
    assert.deepEqual(
      [...facetCounts(PLEDGES, {}).year],
      [
        [2019, 1],
        [2020, 1],
        [2021, 1],
        [2022, 3],
        [2023, 2],
      ],
    );
  });

  it('agrees with filterPledges for every value of every facet', () => {
    const allCountries = ['BE', 'BR', 'CA', 'CH', 'CL', 'CN', 'FR', 'JO', 'NP', 'QA', 'US'];
    const query = fc.record(
      {
        objectives: fc.subarray([4, 6, 7, 15, 16, 18, 23]),
        stakeholders: fc.subarray([...STAKEHOLDER_TYPES]),
        scopes: fc.subarray([...SCOPES]),
        countries: fc.subarray(allCountries.map((c) => c.toLowerCase())),
        statuses: fc.subarray([...PLEDGE_STATUSES]),
        yearFrom: fc.integer({min: 2018, max: 2024}),
        yearTo: fc.integer({min: 2018, max: 2024}),
        text: fc.constantFrom('', 'city', 'de', 'migrant', 'ville', '难民', 'عمان', 'a e'),
      },
      {requiredKeys: []},
    );
    fc.assert(
      fc.property(query, (q) => {
        const facets = facetCounts(PLEDGES, q);
        const size = (extra: PledgeQuery) => filterPledges(PLEDGES, {...q, ...extra}).length;
        for (const n of OBJECTIVE_NUMBERS) {
          assert.equal(facets.objective.get(n), size({objectives: [n]}), `objective ${n}`);
        }
        for (const type of STAKEHOLDER_TYPES) {
          assert.equal(facets.stakeholder.get(type), size({stakeholders: [type]}), type);
        }
        for (const code of allCountries) assert.equal(facets.country.get(code) ?? 0, size({countries: [code]}), code);
        for (let year = 2017; year <= 2025; year++) {
          assert.equal(facets.year.get(year) ?? 0, size({yearFrom: year, yearTo: year}), `year ${year}`);
        }
        assert.ok([...facets.country.values(), ...facets.year.values()].every((n) => n > 0));
      }),
    );
  });
});

describe('queryPledges', () => {
  it('gives one sorted page of the matches, their total and the facets', () => {
    const q: PledgeQuery = {objectives: [16]};
    const result = queryPledges(PLEDGES, q, {order: 'oldest', page: 2, pageSize: 2});
    assert.equal(result.total, 6);
    assert.deepEqual(ids(result.page.items), ['zurich', 'ecole']);
    const {items, ...paging} = result.page;
    assert.equal(items.length, 2);
    assert.deepEqual(paging, {page: 2, pageCount: 3, total: 6, pageSize: 2});
    assert.deepEqual(result.facets, facetCounts(PLEDGES, q));
  });

  it("uses the query's order when the options name none, else newest first, 20 a page", () => {
    assert.deepEqual(ids(queryPledges(PLEDGES, {order: 'oldest'}).page.items), ids(sortPledges(PLEDGES, 'oldest')));
    const result = queryPledges(PLEDGES, {});
    assert.deepEqual(ids(result.page.items), ids(sortPledges(PLEDGES, 'newest')));
    assert.equal(result.page.pageSize, 20);
  });

  it('sorts titles like sortPledges, in each locale, query after query', () => {
    const titled = deepFreeze(['Zebra', 'Öl', 'Ost', 'École', 'Eau'].map((title) => makePledge({title})));
    for (const locale of ['sv', 'de', 'sv', 'fr']) {
      for (const text of ['', 'o', 'e']) {
        const expected = sortPledges(filterPledges(titled, {text}), 'title', locale);
        const result = queryPledges(titled, {text}, {order: 'title', locale});
        assert.deepEqual(result.page.items, expected, `${locale} "${text}"`);
      }
    }
  });

  it('sorts right a list that changed in place', () => {
    const list = [makePledge({title: 'b', date_published: '2020-01-01'}), makePledge({title: 'c'})];
    const titles = (order: SortOrder) => queryPledges(list, {}, {order}).page.items.map((p) => p.title);
    assert.deepEqual(titles('title'), ['b', 'c']);
    assert.deepEqual(titles('newest'), ['b', 'c']);
    list.push(makePledge({title: 'a', date_published: '2021-01-01'}));
    assert.deepEqual(titles('title'), ['a', 'b', 'c']);
    assert.deepEqual(titles('newest'), ['a', 'b', 'c']);
    list[1] = makePledge({title: 'd', date_published: '2022-01-01'});
    assert.deepEqual(titles('newest'), ['d', 'a', 'b']);
  });

  it('finds what filterPledges finds while the user types, deletes and changes filters', () => {
    const steps = ['m', 'mi', 'mig', 'migra', 'migra c', 'migra ci', 'migra c', 'igra', 'ville', 'ville de', 'de', ''];
    for (const text of steps) {
      for (const objectives of [[], [16], [6, 15]]) {
        const q = {text, objectives};
        const expected = ids(sortPledges(filterPledges(PLEDGES, q), 'newest'));
        assert.deepEqual(ids(queryPledges(PLEDGES, q, {pageSize: 100}).page.items), expected, JSON.stringify(q));
      }
    }
  });

  it('finds what filterPledges finds, query after random query', () => {
    const fragment = fc.constantFrom('m', 'i', 'g', 'ra', ' ', 'e', 'de', 'ville', 'city', '难', '民', 'عما');
    const query = fc.record({
      text: fc.array(fragment, {maxLength: 6}).map((parts) => parts.join('')),
      countries: fc.subarray(['FR', 'BR', 'CA', 'JO', 'CN']),
      order: fc.constantFrom(...SORT_ORDERS),
    });
    fc.assert(
      fc.property(fc.array(query, {minLength: 1, maxLength: 8}), (queries) => {
        for (const q of queries) {
          const result = queryPledges(PLEDGES, q, {pageSize: 100, locale: 'fr'});
          assert.deepEqual(ids(result.page.items), ids(sortPledges(filterPledges(PLEDGES, q), q.order, 'fr')));
          assert.deepEqual(result.facets, facetCounts(PLEDGES, q));
        }
      }),
    );
  });

  it('finds with the word index what reading each text finds, query after random query', () => {
    const indexed = structuredClone(PLEDGES) as Pledge[];
    assert.equal(prepareSearch(indexed, 0, indexed.length), indexed.length);
    const fragment = fc.constantFrom(
      'm',
      'i',
      'g',
      'ra',
      ' ',
      'e',
      'de',
      'ville',
      'city',
      '难',
      '民',
      'عما',
      'ÉCOLE',
      'x',
    );
    const query = fc.record({
      text: fc.array(fragment, {maxLength: 6}).map((parts) => parts.join('')),
      objectives: fc.subarray([6, 15, 16]),
      order: fc.constantFrom(...SORT_ORDERS),
    });
    fc.assert(
      fc.property(fc.array(query, {minLength: 1, maxLength: 8}), (queries) => {
        for (const q of queries) {
          const result = queryPledges(indexed, q, {pageSize: 100});
          assert.deepEqual(ids(result.page.items), ids(queryPledges(PLEDGES, q, {pageSize: 100}).page.items));
          assert.deepEqual(result.facets, facetCounts(PLEDGES, q));
          assert.deepEqual(facetCounts(indexed, q), facetCounts(PLEDGES, q));
          assert.deepEqual(ids(filterPledges(indexed, q)), ids(filterPledges(PLEDGES, q)));
        }
      }),
    );
  });
});

describe('inputs', () => {
  it('are never changed', () => {
    const before = JSON.stringify(PLEDGES);
    const q: PledgeQuery = deepFreeze({objectives: [16, 6], countries: ['fr', 'BR'], text: 'Ville', yearFrom: 2019});
    filterPledges(PLEDGES, q);
    facetCounts(PLEDGES, q);
    for (const order of SORT_ORDERS) {
      sortPledges(PLEDGES, order, 'fr');
      queryPledges(PLEDGES, q, {order, locale: 'fr', page: 1, pageSize: 3});
    }
    paginate(PLEDGES, 2, 4);
    assert.equal(JSON.stringify(PLEDGES), before);
    assert.deepEqual(q, {objectives: [16, 6], countries: ['fr', 'BR'], text: 'Ville', yearFrom: 2019});
  });
});
