// Payloads for fuzzing an action, generated from its valibot input schema: near-valid values (so calls
// reach the handlers), the same with one spot broken (wrong type, deep nesting, huge text, prototype
// keys, impossible dates, foreign or climbing file ids, control characters), or nothing like the schema.
import fc from 'fast-check';
import { type GenericSchema, safeParse } from 'valibot';
import { isRealDay } from '#types/api/calendar-day';
import { isUploadFileId } from '#types/api/file-id';
import { hasNoRefusedCharacter } from '#types/api/text-rule';

type Node = GenericSchema & {
  type: string;
  pipe?: { type: string; kind: string; requirement?: unknown }[];
  entries?: Record<string, Node>;
  item?: Node;
  wrapped?: Node;
  options?: unknown[];
};

export interface FuzzWorld {
  /** Ids of stored records, offered to any id-shaped field so calls reach past NOT_FOUND. */
  knownIds: string[];
  /** File ids of several owners and areas. */
  fileIds: string[];
  /** Schemas a `v.unknown()` field stands for (content inside saveDraft, rows of an import). */
  unknownAs: GenericSchema[];
}

const ENV = 'cloud://local-env.local-bucket';

/** Strings that break files, dates and text. */
export const NASTY_STRINGS = [
  `${ENV}/a/../../../package.json`,
  `${ENV}/uploads/o-local-citizen-b/../../package.json`,
  `${ENV}/uploads/o-local-citizen-a/%2e%2e%2fx`,
  `${ENV}/uploads\\o-local-citizen-a\\x.jpg`,
  `${ENV}/generated/report.pdf`,
  'cloud://',
  'file:///etc/passwd',
  '2026-02-30',
  '2025-02-29',
  '2026-13-01',
  '2026-00-10',
  '0000-01-01',
  '2026-02-28T25:00',
  '2026-02-30T08:00',
  'a\u0000b',
  '\u202E申请已通过',
  '正常\u2066文字\u2069',
  '村\u200B道',
  '\uFEFF公路',
  '\uD800',
  '尾\uDC00',
  'line\r\nbreak\u0007bell\u001B[31m',
  '\u0085\u009F',
  ' ',
  '',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  '{"$where":"1"}',
  '../'.repeat(40),
];

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

const deep = (depth: number, leaf: unknown, asArray: boolean): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
};

/** A value that is wrong almost anywhere. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 0.5, -0, 1e308, -1e308, 2 ** 53 + 2, [], {}, [null], [{}], [[]], { '': '' }),
  fc.constantFrom(...NASTY_STRINGS),
  fc.constantFrom('x'.repeat(250_001), '路'.repeat(100_001), '\u0000'.repeat(5000)),
  fc.constantFrom(deep(40, 1, true), deep(40, 'x', false), deep(600, 0, true)),
  fc.constantFrom(...PROTO_KEYS).map((key) => JSON.parse(`{"${key}": {"polluted": true}, "a": 1}`) as unknown),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

// No spaces: near-valid text must keep its length once trimmed (spaces come with the nasty values).
const TEXT_UNIT = fc.constantFrom(...'清溪县交通运输局公路村道养护申请答复石门乡桥梁公交站牌ab12。，？'.split(''));

const actionsOf = (node: Node) => (node.pipe ?? []).slice(1);
const requirement = (node: Node, type: string): unknown => actionsOf(node).find((a) => a.type === type)?.requirement;
const bound = (node: Node, type: string, pick: (a: number, b: number) => number): number | undefined =>
  actionsOf(node)
    .filter((a) => a.type === type)
    .map((a) => Number(a.requirement))
    .reduce<number | undefined>((acc, n) => (acc === undefined ? n : pick(acc, n)), undefined);

const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function stringArb(node: Node, world: FuzzWorld): fc.Arbitrary<unknown> {
  const checks = actionsOf(node).filter((a) => a.type === 'check').map((a) => a.requirement);
  if (checks.includes(isUploadFileId)) return fc.constantFrom(...world.fileIds);
  if (requirement(node, 'iso_date') !== undefined || actionsOf(node).some((a) => a.type === 'iso_date')) return day;
  if (actionsOf(node).some((a) => a.type === 'iso_date_time')) return day.map((d) => `${d}T08:00`);
  if (actionsOf(node).some((a) => a.type === 'iso_timestamp')) return day.map((d) => `${d}T08:00:00+08:00`);
  const regex = requirement(node, 'regex');
  if (regex instanceof RegExp) {
    const known = world.knownIds.filter((id) => regex.test(id));
    const matching = fc.stringMatching(regex).filter((s) => s.length <= 300);
    return known.length ? fc.oneof(fc.constantFrom(...known), matching) : matching;
  }
  const min = bound(node, 'min_length', Math.max) ?? 0;
  const max = Math.min(bound(node, 'max_length', Math.min) ?? 40, Math.max(min, 40));
  return fc.string({ unit: TEXT_UNIT, minLength: min, maxLength: max });
}

function numberArb(node: Node): fc.Arbitrary<unknown> {
  const min = bound(node, 'min_value', Math.max) ?? -1000;
  const max = bound(node, 'max_value', Math.min) ?? 1_000_000;
  return actionsOf(node).some((a) => a.type === 'integer') ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** A value the schema would (nearly always) accept; `full` fills every optional key and array. */
export function validish(schema: GenericSchema, world: FuzzWorld, depth = 0, full = false): fc.Arbitrary<unknown> {
  const node = schema as Node;
  const inner = (s: GenericSchema, d: number): fc.Arbitrary<unknown> => validish(s, world, d, full);
  switch (node.type) {
    case 'strict_object':
    case 'object': {
      const entries = node.entries ?? {};
      const model = Object.fromEntries(Object.entries(entries).map(([key, value]) => [key, inner(value, depth + 1)]));
      const required = Object.entries(entries).filter(([, value]) => full || !['optional', 'nullish', 'exact_optional'].includes(value.type)).map(([key]) => key);
      return fc.record(model, { requiredKeys: required });
    }
    case 'optional':
    case 'exact_optional':
      return inner(node.wrapped as Node, depth);
    case 'nullable':
    case 'nullish':
      return full ? inner(node.wrapped as Node, depth) : fc.option(inner(node.wrapped as Node, depth), { nil: null, freq: 4 });
    case 'array': {
      const min = Math.max(bound(node, 'min_length', Math.max) ?? 0, full ? 1 : 0);
      const max = Math.min(bound(node, 'max_length', Math.min) ?? 3, Math.max(min, 3));
      return fc.array(inner(node.item as Node, depth + 1), { minLength: min, maxLength: max });
    }
    case 'picklist':
      return fc.constantFrom(...(node.options as unknown[]));
    case 'string':
      return stringArb(node, world);
    case 'number':
      return numberArb(node);
    case 'boolean':
      return fc.boolean();
    case 'union':
    case 'variant':
      return fc.oneof(...(node.options as GenericSchema[]).map((option) => inner(option, depth + 1)));
    case 'unknown':
    case 'any':
      return depth > 2 || world.unknownAs.length === 0 ? fc.jsonValue({ maxDepth: 2 }) : fc.oneof(...world.unknownAs.map((s) => inner(s, depth + 1)), fc.jsonValue({ maxDepth: 2 }));
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

const setOwn = (target: Record<string | number, unknown>, key: string | number, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

type Mutation = { kind: 'replace'; value: unknown } | { kind: 'addKey'; key: string; value: unknown } | { kind: 'dropKey' };

/** The value with one spot broken, chosen by `at` among all its nodes. */
function mutate(value: unknown, at: number, mutation: Mutation): unknown {
  const copy = JSON.parse(JSON.stringify(value ?? null)) as unknown;
  const objects = pathsOf(copy).filter((p) => mutation.kind === 'replace' || isObjectAt(copy, p));
  const path = objects[at % Math.max(objects.length, 1)] ?? [];
  if (mutation.kind === 'replace' && path.length === 0) return mutation.value;
  const parent = (mutation.kind === 'replace' ? path.slice(0, -1) : path).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string | number, unknown>;
  if (mutation.kind === 'replace') setOwn(parent, path[path.length - 1] as string | number, mutation.value);
  else if (mutation.kind === 'addKey') setOwn(parent, mutation.key, mutation.value);
  else {
    const keys = Object.keys(parent);
    if (keys.length) delete parent[keys[at % keys.length] as string];
  }
  return copy;
}

function isObjectAt(root: unknown, path: Path): boolean {
  const node = path.reduce<unknown>((n, key) => (n as Record<string | number, unknown>)[key], root);
  return Boolean(node) && typeof node === 'object' && !Array.isArray(node);
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: nastyValue.map((value): Mutation => ({ kind: 'replace', value })) },
  { weight: 2, arbitrary: fc.record({ key: fc.oneof(fc.constantFrom(...PROTO_KEYS, 'k'.repeat(5000), '\u202E键', '\u0000', ''), fc.string({ minLength: 1, maxLength: 8 })), value: nastyValue }).map((m): Mutation => ({ kind: 'addKey', ...m })) },
  { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'dropKey' }) },
);

/** Payloads for one action: near-valid, broken in one spot, or not an object at all. */
export function payloadsFor(schema: GenericSchema, world: FuzzWorld): fc.Arbitrary<unknown> {
  const near = validish(schema, world);
  return fc.oneof(
    { weight: 3, arbitrary: near },
    { weight: 6, arbitrary: fc.tuple(near, fc.nat(), mutation).map(([value, at, m]) => mutate(value, at, m)) },
    { weight: 1, arbitrary: nastyValue },
  );
}

/** A rule every schema shares, and a value that breaks it. */
export type Rule = 'text' | 'date' | 'fileId' | 'prototypeKey' | 'notAnObject';

interface Leaf {
  rule: Rule;
  path: Path;
  min: number;
  max: number;
  /** What follows the day in this field's format (a time, an offset). */
  timeSuffix: string;
}

/** Where in a schema the shared rules apply: text, date and file-id fields, and every object. */
function leavesOf(schema: GenericSchema, path: Path = [], out: Leaf[] = []): Leaf[] {
  const node = schema as Node;
  const checks = actionsOf(node).filter((a) => a.type === 'check').map((a) => a.requirement);
  const types = actionsOf(node).map((a) => a.type);
  const timeSuffix = types.includes('iso_date_time') ? 'T08:00' : types.includes('iso_timestamp') ? 'T08:00:00+08:00' : '';
  const leaf = (rule: Rule): void => void out.push({ rule, path, min: bound(node, 'min_length', Math.max) ?? 0, max: bound(node, 'max_length', Math.min) ?? 40, timeSuffix });
  if (node.type === 'strict_object' || node.type === 'object') {
    leaf('prototypeKey');
    for (const [key, value] of Object.entries(node.entries ?? {})) leavesOf(value, [...path, key], out);
  } else if (node.wrapped) leavesOf(node.wrapped, path, out);
  else if (node.type === 'array' && node.item) leavesOf(node.item, [...path, 0], out);
  else if (checks.includes(hasNoRefusedCharacter)) leaf('text');
  else if (checks.includes(isRealDay)) leaf('date');
  else if (checks.includes(isUploadFileId)) leaf('fileId');
  return out;
}

const REFUSED_CHARACTERS = ['\u0000', '\u0007', '\u001B', '\u009F', '\u202E', '\u2066', '\uD800', '\uDC00'];
const IMPOSSIBLE_DAYS = ['2026-02-30', '2025-02-29', '2026-04-31', '2026-06-31'];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString'];

function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Record<string | number, unknown>;
  setOwn(parent, path[path.length - 1] as string | number, value);
}

const hasPath = (root: unknown, path: Path): boolean => {
  let node = root;
  for (const key of path) {
    if (!node || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
};

export interface RuleBreak {
  rule: Rule;
  payload: unknown;
  /** The payload was valid before the break, so the refusal must be about the break. */
  baseValid: boolean;
}

/** Payloads that break one shared rule at one place the schema has it: each must be refused. */
export function ruleBreaksFor(schema: GenericSchema, world: FuzzWorld, badFileIds: string[]): fc.Arbitrary<RuleBreak> {
  const leaves: Leaf[] = [...leavesOf(schema), { rule: 'notAnObject', path: [], min: 0, max: 0, timeSuffix: '' }];
  const uploads = { ...world, fileIds: world.fileIds.filter(isUploadFileId) };
  return fc.tuple(validish(schema, uploads, 0, true), fc.constantFrom(...leaves), fc.nat()).map(([value, leaf, n]): RuleBreak => {
    const payload = JSON.parse(JSON.stringify(value ?? {})) as unknown;
    const baseValid = safeParse(schema, payload).success;
    if (leaf.rule === 'notAnObject') return { rule: leaf.rule, payload: [[], [payload], 'payload', 7, true][n % 5], baseValid: true };
    if (!hasPath(payload, leaf.path) && leaf.path.length > 0) return { rule: 'notAnObject', payload: [payload], baseValid: true };
    if (leaf.rule === 'prototypeKey') {
      const target = leaf.path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], payload) as Record<string, unknown>;
      setOwn(target, PROTOTYPE_KEYS[n % PROTOTYPE_KEYS.length] as string, { polluted: true });
    } else if (leaf.rule === 'date') setAt(payload, leaf.path, `${IMPOSSIBLE_DAYS[n % IMPOSSIBLE_DAYS.length]}${leaf.timeSuffix}`);
    else if (leaf.rule === 'fileId') setAt(payload, leaf.path, badFileIds[n % badFileIds.length]);
    else {
      const length = Math.max(leaf.min, Math.min(leaf.max, 8)) - 1;
      const text = '清溪县公路养护答复'.repeat(4).slice(0, Math.max(length, 1));
      const at = n % (text.length + 1);
      setAt(payload, leaf.path, text.slice(0, at) + REFUSED_CHARACTERS[n % REFUSED_CHARACTERS.length] + text.slice(at));
    }
    return { rule: leaf.rule, payload, baseValid };
  });
}
