/**
 * The Controls and the args table of an element, from custom-elements.json: one row per setting.
 *
 * Storybook's web-components renderer makes a row of every attribute and of every property,
 * so a setting with both (`page-size` and `pageSize`) got two controls, and a part named like
 * an attribute (`heading`, `label`) replaced that attribute's row. Here an attribute and its
 * property are one row, named as a page writes it (`page-size`), and each row gets the control
 * its type calls for, with the closed sets the code itself uses.
 */
import type {ArgTypes} from '@storybook/web-components-vite';
import {OBJECTIVE_NUMBERS, SORT_ORDERS, STAKEHOLDER_TYPES} from '../src/index.js';
import {UI_LANGUAGES} from '../src/i18n/index.js';

type InputType = ArgTypes[string];

interface Described {
  name: string;
  description?: string;
  type?: {text: string};
  default?: string;
}
interface Attribute extends Described {
  fieldName?: string;
}
interface Member extends Described {
  kind: string;
  static?: boolean;
  attribute?: string;
}
interface CssProperty extends Described {
  syntax?: string;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssProperties?: CssProperty[];
  cssParts?: Described[];
}
/** custom-elements.json, as far as it is read here. */
export interface Manifest {
  modules: ReadonlyArray<{declarations?: readonly object[]}>;
}

/** Settings whose values are a closed set of the code's own (`as const` arrays), by name. */
export const CLOSED_SETS: Readonly<Record<string, readonly (string | number)[]>> = {
  lang: UI_LANGUAGES,
  stakeholder: STAKEHOLDER_TYPES,
  objective: OBJECTIVE_NUMBERS,
  selected: OBJECTIVE_NUMBERS,
  sort: SORT_ORDERS,
};

/** The choice that leaves a setting unset (the attribute absent). */
export const UNSET = '';

/** The element `tag` of the manifest. */
export function declarationOf(manifest: Manifest, tag: string): Declaration | undefined {
  return manifest.modules
    .flatMap((mod) => (mod.declarations ?? []) as Declaration[])
    .find((d) => d.customElement && d.tagName === tag);
}

/** `'light' | 'dark' | undefined` → `['light', 'dark']`; nothing when the type is not a union of string literals. */
function literals(type: string): string[] | undefined {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  return parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part))
    ? parts.map((p) => p.slice(1, -1))
    : undefined;
}

/** The control for a setting, from its name (closed sets) and its type in the manifest. */
function controlOf(name: string, type = '', unsettable: boolean): Partial<InputType> {
  const many = type.endsWith('[]');
  const choices = CLOSED_SETS[name] ?? literals(type);
  if (choices && many) return {control: {type: 'inline-check'}, options: choices};
  if (choices) {
    const options = unsettable ? [UNSET, ...choices] : choices;
    return {control: {type: 'select', labels: {[UNSET]: '(not set)'}}, options};
  }
  const base = type.replace(/\s*\|\s*undefined$/, '');
  if (base === 'number') return {control: {type: 'number'}};
  if (base === 'boolean') return {control: {type: 'boolean'}};
  if (base === 'string') return {control: {type: 'text'}};
  // A Map (an objective list's `counts`) cannot be written as JSON: documented, not a knob.
  if (/Map</.test(base)) return {control: false};
  return {control: {type: 'object'}};
}

const row = (item: Described, category: string, extra: Partial<InputType> = {}): InputType => ({
  name: item.name,
  description: item.description ?? '',
  type: {name: 'other', value: item.type?.text ?? '', required: false},
  table: {
    category,
    type: {summary: item.type?.text},
    defaultValue: {summary: item.default},
  },
  ...extra,
});

/** `pledge-filter-change` → `onPledgeFilterChange`: the arg the Actions panel logs the event under. */
const handlerName = (event: string) => `on${event.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase())}`;

/**
 * A `parameters.docs.extractArgTypes` for custom elements: one row per attribute (named as
 * in HTML, its property named in the description when it differs), per property without an
 * attribute, per event (logged in Actions, no control), per CSS custom property (a colour
 * picker for `<color>` ones), per part and per slot (documented, no control).
 */
export function argTypesFrom(manifest: Manifest): (tag: string) => ArgTypes | null {
  return (tag) => {
    const element = declarationOf(manifest, tag);
    if (!element) return null;
    const rows: Record<string, InputType> = {};
    const attributes = element.attributes ?? [];
    const hasAttribute = new Set(attributes.map((a) => a.fieldName ?? a.name));
    for (const attribute of attributes) {
      const property = attribute.fieldName && attribute.fieldName !== attribute.name ? attribute.fieldName : undefined;
      const description = [attribute.description, property && `Property: \`${property}\`.`]
        .filter(Boolean)
        .join('\n\n');
      const unsettable = attribute.default === undefined || attribute.default === "''";
      rows[attribute.name] = row({...attribute, description}, 'attributes', {
        ...controlOf(attribute.name, attribute.type?.text, unsettable),
      });
    }
    for (const member of element.members ?? []) {
      if (member.kind !== 'field' || member.static || hasAttribute.has(member.name)) continue;
      rows[member.name] = row(member, 'properties', controlOf(member.name, member.type?.text, true));
    }
    for (const event of element.events ?? []) {
      rows[handlerName(event.name)] = {name: handlerName(event.name), action: event.name, table: {disable: true}};
      rows[`event:${event.name}`] = row(event, 'events', {control: false});
    }
    for (const slot of element.slots ?? []) rows[`slot:${slot.name}`] = row(slot, 'slots', {control: false});
    for (const property of element.cssProperties ?? []) {
      const control = property.syntax === '<color>' ? 'color' : 'text';
      rows[property.name] = row(property, 'css custom properties', {control: {type: control}});
    }
    for (const part of element.cssParts ?? [])
      rows[`part:${part.name}`] = row(part, 'css shadow parts', {control: false});
    return rows;
  };
}
