/**
 * The closed sets of the pledge model and the catalogue of the Global Compact for
 * Migration (GCM): objectives, guiding principles, and the Global Compact on Refugees
 * (GCR) objectives, with English labels. Feeds carry numbers and slugs; titles live here.
 */

/** Who makes a pledge. */
export const STAKEHOLDER_TYPES = [
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
] as const;
export type StakeholderType = (typeof STAKEHOLDER_TYPES)[number];

/** Geographical relevance of a pledge. */
export const SCOPES = ['local', 'subnational', 'national', 'regional', 'global'] as const;
export type Scope = (typeof SCOPES)[number];

/** Progress of a pledge. */
export const PLEDGE_STATUSES = ['planned', 'in-progress', 'fulfilled'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

/** How a pledge is made: alone, together, or matching another pledge. */
export const PLEDGE_TYPES = ['individual', 'common', 'partnership', 'matching'] as const;
export type PledgeType = (typeof PLEDGE_TYPES)[number];

/** What a pledge offers. */
export const PLEDGE_FORMS = ['financial', 'human-resources', 'process', 'policy'] as const;
export type PledgeForm = (typeof PLEDGE_FORMS)[number];

/** The ten guiding principles of the GCM, by slug. */
export const PRINCIPLES = [
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
] as const;
export type Principle = (typeof PRINCIPLES)[number];

/** The numbers of the 23 GCM objectives. */
export const OBJECTIVE_NUMBERS = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
] as const;
export type ObjectiveNumber = (typeof OBJECTIVE_NUMBERS)[number];

/** True for the number of a GCM objective: a whole number from 1 to 23. */
export function isObjectiveNumber(value: unknown): value is ObjectiveNumber {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= OBJECTIVE_NUMBERS.length;
}

/** The numbers of the 4 GCR objectives. */
export const GCR_OBJECTIVE_NUMBERS = [1, 2, 3, 4] as const;
export type GcrObjectiveNumber = (typeof GCR_OBJECTIVE_NUMBERS)[number];

/** The numbers of the 17 Sustainable Development Goals. */
export const SDG_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;
export type SdgNumber = (typeof SDG_NUMBERS)[number];

/** An objective of a compact: its number, official English title and a short label. */
export interface Objective {
  readonly number: number;
  readonly title: string;
  readonly short: string;
}

// Objectives are written as pairs, so the script-tag file ships no key per objective.

/** Objectives from `[short, title]` pairs, numbered from 1 in order. */
function numbered(pairs: readonly (readonly [short: string, title: string])[]): readonly Objective[] {
  return pairs.map(([short, title], i) => ({number: i + 1, short, title}));
}

/** The 23 objectives of the GCM with their official English titles (A/RES/73/195). */
export const OBJECTIVES: readonly Objective[] = /*#__PURE__*/ numbered([
  ['Data', 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies'], // 1
  [
    'Adverse drivers',
    'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
  ], // 2
  ['Information', 'Provide accurate and timely information at all stages of migration'], // 3
  ['Legal identity', 'Ensure that all migrants have proof of legal identity and adequate documentation'], // 4
  ['Regular pathways', 'Enhance availability and flexibility of pathways for regular migration'], // 5
  ['Decent work', 'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work'], // 6
  ['Vulnerabilities', 'Address and reduce vulnerabilities in migration'], // 7
  ['Missing migrants', 'Save lives and establish coordinated international efforts on missing migrants'], // 8
  ['Smuggling', 'Strengthen the transnational response to smuggling of migrants'], // 9
  ['Trafficking', 'Prevent, combat and eradicate trafficking in persons in the context of international migration'], // 10
  ['Border management', 'Manage borders in an integrated, secure and coordinated manner'], // 11
  [
    'Screening and referral',
    'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
  ], // 12
  [
    'Alternatives to detention',
    'Use migration detention only as a measure of last resort and work towards alternatives',
  ], // 13
  ['Consular protection', 'Enhance consular protection, assistance and cooperation throughout the migration cycle'], // 14
  ['Basic services', 'Provide access to basic services for migrants'], // 15
  ['Inclusion and social cohesion', 'Empower migrants and societies to realize full inclusion and social cohesion'], // 16
  [
    'Non-discrimination',
    'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
  ], // 17
  [
    'Skills',
    'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
  ], // 18
  [
    'Diaspora contributions',
    'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
  ], // 19
  [
    'Remittances',
    'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants',
  ], // 20
  [
    'Return and reintegration',
    'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
  ], // 21
  ['Social protection', 'Establish mechanisms for the portability of social security entitlements and earned benefits'], // 22
  [
    'International cooperation',
    'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
  ], // 23
]);

/** The 4 objectives of the Global Compact on Refugees (A/73/12, part II). */
export const GCR_OBJECTIVES: readonly Objective[] = /*#__PURE__*/ numbered([
  ['Ease pressures', 'Ease pressures on host countries'], // 1
  ['Self-reliance', 'Enhance refugee self-reliance'], // 2
  ['Third-country solutions', 'Expand access to third-country solutions'], // 3
  ['Return in safety', 'Support conditions in countries of origin for return in safety and dignity'], // 4
]);

/** English labels of the guiding principles. */
export const PRINCIPLE_LABELS: Readonly<Record<Principle, string>> = {
  'people-centred': 'People-centred',
  'international-cooperation': 'International cooperation',
  'national-sovereignty': 'National sovereignty',
  'rule-of-law': 'Rule of law and due process',
  'sustainable-development': 'Sustainable development',
  'human-rights': 'Human rights',
  'gender-responsive': 'Gender-responsive',
  'child-sensitive': 'Child-sensitive',
  'whole-of-government': 'Whole-of-government approach',
  'whole-of-society': 'Whole-of-society approach',
};

/** English labels of the stakeholder types. */
export const STAKEHOLDER_LABELS: Readonly<Record<StakeholderType, string>> = {
  'local-government': 'Local government',
  'national-government': 'National government',
  'un-system': 'UN system',
  'international-organisation': 'International organisation',
  'civil-society': 'Civil society',
  'migrant-organisation': 'Migrant or diaspora organisation',
  'private-sector': 'Private sector',
  'trade-union': 'Trade union',
  academia: 'Academia',
  network: 'Network',
  other: 'Other',
};

/** English labels of the scopes. */
export const SCOPE_LABELS: Readonly<Record<Scope, string>> = {
  local: 'Local',
  subnational: 'Subnational',
  national: 'National',
  regional: 'Regional',
  global: 'Global',
};

/** English labels of the statuses. */
export const STATUS_LABELS: Readonly<Record<PledgeStatus, string>> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  fulfilled: 'Fulfilled',
};

/** English labels of the pledge types. */
export const PLEDGE_TYPE_LABELS: Readonly<Record<PledgeType, string>> = {
  individual: 'Individual pledge',
  common: 'Common pledge',
  partnership: 'Partnership pledge',
  matching: 'Matching pledge',
};

/** English labels of the forms. */
export const FORM_LABELS: Readonly<Record<PledgeForm, string>> = {
  financial: 'Financial',
  'human-resources': 'Human resources',
  process: 'Process',
  policy: 'Policy',
};

/** The GCM objective with this number, if there is one. */
export function objective(number: number): Objective | undefined {
  return OBJECTIVES[number - 1];
}
