#!/usr/bin/env node
// Generates realistic pledge feeds for the benchmarks: the same bytes for the same size
// on every run (a seeded PRNG, never Math.random). Usage: node bench/generate.js [N ...]
// writes bench/.cache/feed-N.json; other scripts call `feedFile(n)` or `generateFeed(n)`.
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';

export const CACHE = 'bench/.cache';

const STAKEHOLDERS = [
  'local-government',
  'national-government',
  'un-system',
  'international-organisation',
  'civil-society',
  'migrant-organisation',
  'private-sector',
  'trade-union',
  'academia',
  'network',
  'other',
];
const SCOPES = ['local', 'subnational', 'national', 'regional', 'global'];
const STATUSES = ['planned', 'in-progress', 'fulfilled'];
const TYPES = ['individual', 'common', 'partnership', 'matching'];
const FORMS = ['financial', 'human-resources', 'process', 'policy'];
const PRINCIPLES = [
  'people-centred',
  'international-cooperation',
  'national-sovereignty',
  'rule-of-law',
  'sustainable-development',
  'human-rights',
  'gender-responsive',
  'child-sensitive',
  'whole-of-government',
  'whole-of-society',
];
const COUNTRIES = [
  'BR',
  'FR',
  'KE',
  'PH',
  'US',
  'CO',
  'ES',
  'CH',
  'MD',
  'CA',
  'AR',
  'DE',
  'NG',
  'JP',
  'MX',
  'IT',
  'SN',
  'TR',
  'JO',
  'BD',
  'EC',
  'GH',
  'MA',
  'NL',
  'SE',
];
const CITIES = [
  'Bogotá',
  'Montréal',
  'Nairobi',
  'Quezon City',
  'Barcelona',
  'Zürich',
  'Chișinău',
  'São Paulo',
  'Lyon',
  'Accra',
  'Amman',
  'Dakar',
  'Izmir',
  'Dhaka',
  'Quito',
  'Mexico City',
  'Milano',
  'Rabat',
  'Utrecht',
  'Malmö',
];
const ORGS = [
  'City of',
  'Municipality of',
  'Migrant Network',
  'Welcome Centre',
  'University of',
  'Chamber of Commerce of',
  'Council of',
  'Refugee Support',
];
const VERBS = ['Open', 'Expand', 'Fund', 'Train', 'Create', 'Support', 'Improve', 'Guarantee', 'Map', 'Launch'];
const NOUNS = [
  'a one-stop welcome desk',
  'language classes',
  'legal aid for newcomers',
  'access to health services',
  'housing for families',
  'job placement for refugees',
  'school enrolment support',
  'data on local migration',
  'a migrant advisory council',
  'safe reporting for workers',
];
const WORDS = (
  'city migrants refugees inclusion access services language health housing work school rights information network welcome desk community training data local partners ' +
  'families children women youth employers volunteers social workers counselling outreach documentation registration integration mentoring skills recognition diplomas'
).split(' ');
const LANGS = ['fr', 'es', 'ar', 'de', 'pt'];

/** mulberry32: a small seeded generator. */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tools(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const some = (list, max) => [...new Set(Array.from({length: 1 + Math.floor(next() * max)}, () => pick(list)))];
  const sentence = (n) => {
    const s = Array.from({length: n}, () => pick(WORDS)).join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = (chars) => {
    let out = '';
    while (out.length < chars) out += `${sentence(8 + Math.floor(next() * 12))} `;
    return out.trim();
  };
  return {pick, some, sentence, paragraph};
}

function day(next, from = 2019, years = 6) {
  return new Date(Date.UTC(from, 0, 1) + Math.floor(next() * years * 365) * 86_400_000).toISOString().slice(0, 10);
}

/** One realistic pledge item: about 1.5 KB of JSON, a fifth with translations. */
export function pledge(i, next) {
  const {pick, some, sentence, paragraph} = tools(next);
  const country = pick(COUNTRIES);
  const city = pick(CITIES);
  const published = day(next);
  const item = {
    id: `pledge-${String(i).padStart(6, '0')}`,
    title: `${pick(VERBS)} ${pick(NOUNS)} in ${city}`,
    summary: paragraph(160),
    content_text: `${paragraph(500)}\n\n${paragraph(300)}`,
    url: `https://pledges.example.org/pledges/${i}`,
    date_published: `${published}T${String(8 + (i % 10)).padStart(2, '0')}:30:00Z`,
    authors: [{name: `Editor ${i % 97}`}],
    language: 'en',
    tags: some(WORDS, 3),
    _pledge: {
      actor: {name: `${pick(ORGS)} ${city}`, country, city},
      stakeholder: pick(STAKEHOLDERS),
      scope: pick(SCOPES),
      countries: some(COUNTRIES, 3),
      objectives: some(
        [...Array(23).keys()].map((n) => n + 1),
        4,
      ).sort((a, b) => a - b),
      principles: some(PRINCIPLES, 3),
      type: pick(TYPES),
      forms: some(FORMS, 2),
      period: {start: published.slice(0, 7), end: `${Number(published.slice(0, 4)) + 2}`},
      status: pick(STATUSES),
      source: {name: 'Call to Local Action', url: 'https://example.org/call-to-local-action'},
    },
  };
  if (next() < 0.3)
    item._pledge.sdgs = some(
      [...Array(17).keys()].map((n) => n + 1),
      3,
    );
  if (next() < 0.3) item._pledge.partners = [`${pick(ORGS)} ${pick(CITIES)}`];
  if (next() < 0.25)
    item._pledge.updates = [{date: `${day(next, 2024, 1)}T12:00:00Z`, text: sentence(14), status: pick(STATUSES)}];
  if (next() < 0.2) {
    const lang = pick(LANGS);
    item._pledge.translations = {[lang]: {title: `${item.title} (${lang})`, summary: paragraph(140)}};
  }
  return item;
}

/** A whole JSON Feed 1.1 document with `n` pledges (the same for the same `n`). */
export function generateFeed(n) {
  const next = random(20_240_501);
  const items = Array.from({length: n}, (_, i) => pledge(i + 1, next));
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `Local pledges (${n.toLocaleString('en')})`,
    home_page_url: 'https://pledges.example.org/',
    feed_url: `https://pledges.example.org/feed-${n}.json`,
    language: 'en',
    _pledgekit: {version: 1, subscribe: {json: `https://pledges.example.org/feed-${n}.json`}},
    items,
  };
}

/** The path of the cached feed of `n` pledges, written on first use. */
export function feedFile(n) {
  const file = join(CACHE, `feed-${n}.json`);
  if (!existsSync(file)) {
    mkdirSync(CACHE, {recursive: true});
    writeFileSync(file, JSON.stringify(generateFeed(n)));
  }
  return file;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const n of (process.argv.slice(2).length ? process.argv.slice(2) : ['1000', '10000', '100000']).map(Number)) {
    console.log(feedFile(n));
  }
}
