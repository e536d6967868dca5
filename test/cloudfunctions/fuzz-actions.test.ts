// Every action of every function, as every persona, with generated malformed input, on the emulator
// running the built functions. Whatever a caller sends: never INTERNAL, never a thrown call, always a
// short Chinese message with no stack or file path, and a refused call changes no stored record.
// The action tables are iterated, so a new action is fuzzed without touching this file.
import fc from 'fast-check';
import type { GenericSchema } from 'valibot';
import { CONTENT_INPUTS } from '#types/api/content-input';
import { importItemSchema } from '#types/api/import-format';
import { ACTION_TABLES } from '#types/api/action-tables';
import type { CaseView } from '#types/api/case-views';
import { ERROR_CODES, type Result } from '#types/result';
import { openidOf } from '../../emulator/gateway/personas';
import { consultationInput, policyInput, projectInput, serviceInput } from '../support/builders';
import { type FuzzWorld, NASTY_STRINGS, nastyValue, payloadsFor, type Rule, ruleBreaksFor } from '../support/fuzz-payloads';
import { type PersonaKey, type ProductCloud, startProductCloud } from '../support/product-cloud';
import { publish } from '../support/workflow-steps';

const PERSONAS: PersonaKey[] = ['anonymous', 'citizenA', 'editor', 'reviewer', 'admin'];
const FUNCTIONS: Record<string, Record<string, { input: GenericSchema }>> = ACTION_TABLES;
/** Generated payloads per action and persona: the suite stays under a minute; FUZZ_RUNS=200 digs deeper. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 16);
/** Payloads per action that each break one shared rule (text, date, file id, keys, shape). */
const RULE_RUNS = 48;
/** Fixed, so a failure replays; FUZZ_SEED tries other inputs. */
const SEED = Number(process.env.FUZZ_SEED ?? 20260610);

let cloud: ProductCloud;
let world: FuzzWorld;
/** Ids no schema accepts as an upload: climbing, encoded, backslashed, or a file only functions write. */
const malformedFileIds = [
  'cloud://local-env.local-bucket/a/../../../package.json',
  'cloud://local-env.local-bucket/uploads/o-local-citizen-a/%2e%2e',
  'cloud://local-env.local-bucket/uploads\\o-local-citizen-a\\x.jpg',
  'cloud://local-env.local-bucket/generated/qr.png',
];
/** What the refusal of each broken rule says. */
const RULE_MESSAGES: Record<Rule, string> = { text: '含有控制字符', date: '不是存在的日期', fileId: '不是有效的上传文件', prototypeKey: '不认识的字段', notAnObject: '应为对象' };
let calls = 0;
/** Rule breaks whose payload was otherwise valid, so the refusal had to name the break. */
let precise = 0;
/** What must stay zero (each also fails the test where it happens). */
const tally = { internal: 0, thrown: 0, changedByRefused: 0 };
let refused = 0;

/** Changes whenever any record is written or removed: each collection's size and newest version. */
function storeMark(): { mark: string; newest: number } {
  const store = cloud.emulator.store;
  let newestOverall = 0;
  const mark = store
    .collectionNames()
    .sort()
    .map((name) => {
      let newest = 0;
      const docs = store.documents(name) ?? new Map();
      for (const { version } of docs.values()) newest = Math.max(newest, version);
      newestOverall = Math.max(newestOverall, newest);
      return `${name}:${docs.size}:${newest}`;
    })
    .join('|');
  return { mark, newest: newestOverall };
}

// What no stored text may hold, whatever route wrote it: controls other than tab and newline,
// invisible and direction characters, lone surrogates; and no key naming an Object member.
const UNSTORABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
const LONE_SURROGATE = /[\uD800-\uDFFF]/;
function unstorable(value: unknown, path: string, out: string[]): string[] {
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value) || LONE_SURROGATE.test(value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) out.push(`${path}: ${JSON.stringify(value.slice(0, 60))}`);
  } else if (Array.isArray(value)) value.forEach((item, i) => unstorable(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'prototype' || key in Object.prototype) out.push(`${path}.${key}: a prototype key`);
      unstorable(item, `${path}.${key}`, out);
    }
  }
  return out;
}

/** Records written after `version`, with anything in them no stored text may hold. */
function unstorableSince(version: number): string[] {
  const store = cloud.emulator.store;
  const found: string[] = [];
  for (const name of store.collectionNames()) {
    for (const [id, stored] of store.documents(name) ?? new Map()) if (stored.version > version) unstorable(stored.doc, `${name}/${id}`, found);
  }
  return found;
}

const changed = (before: string, after: string): string[] => {
  const old = new Set(before.split('|'));
  return after.split('|').filter((part) => !old.has(part));
};

/** The one kind of write a refusal may make: counting a wrong guess, so that guesses run out (claimCase's
 * tracking number and code). Nothing else a refused call touches may change. */
const REFUSAL_MAY_WRITE: Record<string, string> = { claimCase: 'quotas:' };

/** What every answer must look like, accepted or refused. */
function expectSafeAnswer(res: unknown): asserts res is Result<unknown> {
  expect(res).toEqual(expect.objectContaining({ ok: expect.any(Boolean) }));
  const answer = res as Result<unknown>;
  if (answer.ok) return;
  expect(ERROR_CODES).toContain(answer.code);
  expect(answer.code).not.toBe('INTERNAL');
  expect(answer.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(answer.message.length).toBeLessThanOrEqual(200);
  expect(answer.message).not.toMatch(/\n\s+at |node_modules|\/(work|tmp|home|usr|var|build)\/|\.(ts|js|cjs)\b|Error:/);
  expect(unstorable(answer.message, 'message', [])).toEqual([]);
}

/** One call as a client sends it (the payload crosses the wire as JSON), with what it must not do. */
async function send(fn: string, event: Record<string, unknown>, as: PersonaKey): Promise<Result<unknown>> {
  const wire = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
  const before = storeMark();
  calls += 1;
  const res = await cloud.emulator.call(fn, wire, as).catch((error: unknown) => {
    tally.thrown += 1;
    throw error;
  });
  if ((res as Result<unknown>).ok === false && (res as { code?: string }).code === 'INTERNAL') tally.internal += 1;
  expectSafeAnswer(res);
  const after = storeMark();
  if (!res.ok) {
    refused += 1;
    if (before.mark !== after.mark && !REFUSAL_MAY_WRITE[String(event.action)]) tally.changedByRefused += 1;
    const allowed = REFUSAL_MAY_WRITE[String(event.action)];
    const unexpected = changed(before.mark, after.mark).filter((part) => !(allowed && part.startsWith(allowed)));
    expect({ action: event.action, as, code: res.code, changed: unexpected }).toEqual({ action: event.action, as, code: res.code, changed: [] });
  } else {
    expect({ action: event.action, as, unstorable: unstorableSince(before.newest) }).toEqual({ action: event.action, as, unstorable: [] });
  }
  return res;
}

const put = (path: string): string => cloud.emulator.storage.put(path, Buffer.from(path));

beforeAll(async () => {
  cloud = await startProductCloud();
  const staffFile = put(`staff/${openidOf('editor')}/rules.pdf`);
  const ownPhoto = put(`uploads/${openidOf('citizenA')}/pothole.jpg`);
  const policy = await publish(cloud, 'policy', policyInput({ attachments: [{ name: '全文.pdf', fileId: staffFile }] }));
  const project = await publish(cloud, 'project', projectInput());
  const service = await publish(cloud, 'service', serviceInput());
  const consultation = await publish(cloud, 'consultation', consultationInput());
  const opened = await cloud.call<CaseView>('public', 'submitCase', { requestId: 'fuzz-seed-case', category: 'question', text: '村口公交站的站牌掉了，请看照片。', photos: [ownPhoto] }, 'citizenA');
  if (!opened.ok) throw new Error(opened.message);
  world = {
    knownIds: [policy.targetId, project.targetId, service.targetId, consultation.targetId, opened.data.id, policy.id, 'x'.repeat(32).replace(/x/g, 'a')],
    fileIds: [ownPhoto, put(`uploads/${openidOf('citizenB')}/private.jpg`), staffFile, `cloud://local-env.local-bucket/generated/qr.png`, ...NASTY_STRINGS.slice(0, 6)],
    unknownAs: [...Object.values(CONTENT_INPUTS), importItemSchema],
  };
}, 60_000);
afterAll(async () => {
  console.log(
    `fuzz: ${calls} calls tried, ${refused} refused (${precise} breaking one shared rule in an otherwise valid payload); ` +
      `INTERNAL ${tally.internal}, thrown ${tally.thrown}, refused calls that changed records ${tally.changedByRefused}`,
  );
  await cloud.emulator.stop();
});

/** fast-check's report quotes the counterexample, which may be 300,000 characters: keep it readable. */
async function check<T extends unknown[]>(property: fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  try {
    await fc.assert(property, { numRuns, seed: SEED, endOnFailure: true });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    throw new Error(text.replace(/(.)\1{60,}/gs, (run: string, ch: string) => `${ch}…(${run.length}×)`).slice(0, 4000));
  }
}

describe.each(Object.keys(FUNCTIONS))('every action of %s', (fn) => {
  const table = FUNCTIONS[fn] as Record<string, { input: GenericSchema }>;
  it.each(Object.keys(table))('%s: any input from any persona is answered safely', async (action) => {
    const schema = (table[action] as { input: GenericSchema }).input;
    await check(fc.asyncProperty(payloadsFor(schema, world), fc.constantFrom(...PERSONAS), async (payload, as) => void (await send(fn, { action, payload }, as))), RUNS * PERSONAS.length);
  });
});

describe.each(Object.keys(FUNCTIONS))('the shared rules in every action of %s', (fn) => {
  const table = FUNCTIONS[fn] as Record<string, { input: GenericSchema }>;
  it.each(Object.keys(table))('%s: a bad text, date, file id, key or shape anywhere is refused', async (action) => {
    const schema = (table[action] as { input: GenericSchema }).input;
    // Checked before anything else, whoever calls: the answer names what is wrong.
    const property = fc.asyncProperty(ruleBreaksFor(schema, world, malformedFileIds), fc.constantFrom(...PERSONAS), async ({ rule, payload, baseValid }, as) => {
      const res = await send(fn, { action, payload }, as);
      const answer = res.ok ? { rule, ok: true } : { rule, code: res.code, says: !baseValid || res.message.includes(RULE_MESSAGES[rule]) };
      expect(answer).toEqual({ rule, code: 'INVALID_ARGUMENT', says: true });
      if (baseValid) precise += 1;
    });
    await check(property, RULE_RUNS);
  });
});

describe('the shared rules in every content kind staff save', () => {
  it.each(Object.keys(CONTENT_INPUTS))('%s: a bad text, date, file id, key or shape anywhere in the content is refused', async (kind) => {
    const schema = CONTENT_INPUTS[kind as keyof typeof CONTENT_INPUTS];
    let n = 0;
    const property = fc.asyncProperty(ruleBreaksFor(schema, world, malformedFileIds), async ({ rule, payload, baseValid }) => {
      const res = await send('staff', { action: 'saveDraft', payload: { revisionId: `fuzz-${kind}-${(n += 1)}`, kind, content: payload, changeNote: '' } }, 'editor');
      const answer = res.ok ? { rule, ok: true } : { rule, code: res.code, says: !baseValid || res.message.includes(RULE_MESSAGES[rule]) };
      expect(answer).toEqual({ rule, code: 'INVALID_ARGUMENT', says: true });
      if (baseValid) precise += 1;
    });
    await check(property, RULE_RUNS * 2);
  });
});

describe('the envelope around the payload', () => {
  it('answers unknown, inherited and malformed action names safely', async () => {
    const action = fc.oneof(fc.constantFrom<unknown>('__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'listFeed ', 'LISTFEED', null, 7, ['listFeed'], { a: 1 }), fc.string({ maxLength: 20 }));
    await check(fc.asyncProperty(fc.constantFrom(...Object.keys(FUNCTIONS)), action, nastyValue, fc.constantFrom(...PERSONAS), async (fn, name, payload, as) => void (await send(fn, { action: name, payload }, as))), 150);
  });
});
