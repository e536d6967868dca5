// A cold burst: 600 people tap at once on a function with no warm instance (a third ask a question, a
// third vote on one Q&A, a third rate one service guide). The local cloud runs at most 8 instances per
// function (MAX_INSTANCES in emulator/functions/function-runner.ts), each serving one call at a time
// with a 3 s limit that starts once the instance has loaded; the rest queue. Each person is a client as
// src/lib/cloud.ts is one: a try not answered within 10 s is given up and, after a 1–3 s pause, sent
// again with the same request id. Late answers to the first try are kept, to compare with the retry's.
import { loadavg } from 'node:os';
import { CASE_COLLECTION } from '#types/models/case';
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { QA_COLLECTION } from '#types/models/policy';
import { SERVICE_COLLECTION } from '#types/models/service';
import { startEmulator } from '../emulator';
import type { Doc } from '../emulator/store/ejson';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { ATTEMPT_TIMEOUT_MS, RETRY_PAUSE_MS } from '../src/lib/call-policy';
import { percentile } from './measure';

const PEOPLE = 600;
const INSTANCES = 8;

type Answer = { ok: boolean; code?: string; data?: unknown } | 'lost';
interface Person {
  i: number;
  /** From the burst's start to the first try's answer, however late (Infinity: the platform gave up on it). */
  firstMs: number;
  /** When the person had their answer: the first try's, or the retry's. */
  finalMs: number;
  final: Answer;
  /** Every answer their request got (two when it was sent again). */
  answers: Answer[];
}

export interface BurstRun {
  p50: number;
  p95: number;
  max: number;
  /** First tries not answered within the client's timeout (the client sends those again). */
  pastTimeout: number;
  retried: number;
  answeredOk: number;
  refused: Record<string, number>;
  /** Requests with a request id that got two different answers: must be 0. */
  differingAnswers: number;
  casesStored: number;
  casesExpected: number;
  votesCounted: number;
  ratingsCounted: number;
}

export interface BurstFigures {
  calls: number;
  instances: number;
  clientTimeoutMs: number;
  /** Load average of the machine when the bench began (other work slows cold starts). */
  load: number;
  /** The burst alone: each call waits for its one answer. */
  noRetry: BurstRun;
  /** The same burst with the client's policy: tries past the timeout are sent again. */
  withRetry: BurstRun;
}

const ms = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e6;
const pauseBeforeRetry = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS.min + Math.random() * (RETRY_PAUSE_MS.max - RETRY_PAUSE_MS.min)));

function payloadOf(i: number): { action: string; payload: Record<string, unknown> } {
  const requestId = `burst-${String(i).padStart(4, '0')}`;
  if (i % 3 === 0) return { action: 'submitCase', payload: { requestId, category: 'question', text: `第${i}个问题：村口站牌什么时候修？` } };
  if (i % 3 === 1) return { action: 'vote', payload: { kind: 'qa', id: 'bench-qa', helpful: i % 2 === 0 } };
  return { action: 'rateService', payload: { id: 'bench-svc', level: (i % 5) + 1, comment: '', requestId } };
}

async function burst(retry: boolean): Promise<BurstRun> {
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE });
  try {
    const at = new Date();
    emulator.store.apply([
      { kind: 'put', collection: QA_COLLECTION, id: 'bench-qa', doc: { _id: 'bench-qa', lifecycle: 'published', question: '村道坏了找谁修？', votes: { helpful: 0, unhelpful: 0 }, publishedAt: at } as unknown as Doc },
      { kind: 'put', collection: SERVICE_COLLECTION, id: 'bench-svc', doc: { _id: 'bench-svc', lifecycle: 'published', name: '网络预约出租汽车驾驶员证核发', ratings: { count: 0, levels: [0, 0, 0, 0, 0] }, publishedAt: at } as unknown as Doc },
    ]);
    const send = (i: number): Promise<Answer> =>
      (emulator.call('public', payloadOf(i), { OPENID: `o-burst-${i}`, SOURCE: 'wx_client' }) as Promise<Answer>).catch((): Answer => 'lost');
    const started = process.hrtime.bigint();
    const people: Person[] = await Promise.all(
      Array.from({ length: PEOPLE }, async (_, i): Promise<Person> => {
        const first = send(i).then((answer) => ({ answer, at: ms(started) }));
        const early = await Promise.race([first, new Promise<null>((resolve) => setTimeout(() => resolve(null), ATTEMPT_TIMEOUT_MS))]);
        if (!retry || (early && early.answer !== 'lost')) {
          const { answer, at: firstAt } = early ?? (await first);
          return { i, firstMs: answer === 'lost' ? Infinity : firstAt, finalMs: firstAt, final: answer, answers: [answer] };
        }
        await pauseBeforeRetry();
        const again = await send(i);
        const finalMs = ms(started);
        const late = await first;
        return { i, firstMs: late.answer === 'lost' ? Infinity : late.at, finalMs, final: again, answers: [late.answer, again] };
      }),
    );
    const finals = people.map((p) => p.finalMs);
    const refused: Record<string, number> = {};
    for (const { final } of people) {
      if (final !== 'lost' && final.ok) continue;
      const code = final === 'lost' ? 'lost' : (final.code ?? 'unknown');
      refused[code] = (refused[code] ?? 0) + 1;
    }
    // Votes answer the item's current counts, which move between tries; the rest carry a request id.
    const differingAnswers = people.filter(({ i, answers }) => {
      if (payloadOf(i).action === 'vote') return false;
      const ok = answers.filter((a): a is Exclude<Answer, 'lost'> => a !== 'lost' && a.ok);
      return new Set(ok.map((a) => JSON.stringify(a))).size > 1;
    }).length;
    const qa = emulator.store.get(QA_COLLECTION, 'bench-qa')?.doc as unknown as { votes: { helpful: number; unhelpful: number } };
    const svc = emulator.store.get(SERVICE_COLLECTION, 'bench-svc')?.doc as unknown as { ratings: { count: number } };
    const poorRaters = people.filter(({ i }) => i % 3 === 2 && (i % 5) + 1 <= 2).length;
    return {
      p50: percentile(finals, 50),
      p95: percentile(finals, 95),
      max: Math.max(...finals),
      pastTimeout: people.filter((p) => p.firstMs > ATTEMPT_TIMEOUT_MS).length / PEOPLE,
      retried: people.filter((p) => p.answers.length > 1).length,
      answeredOk: people.filter((p) => p.final !== 'lost' && p.final.ok).length,
      refused,
      differingAnswers,
      casesStored: emulator.store.documents(CASE_COLLECTION)?.size ?? 0,
      casesExpected: Math.ceil(PEOPLE / 3) + poorRaters,
      votesCounted: qa.votes.helpful + qa.votes.unhelpful,
      ratingsCounted: svc.ratings.count,
    };
  } finally {
    await emulator.stop();
  }
}

export async function burstBench(): Promise<BurstFigures> {
  await buildCloudFunctions();
  const load = loadavg()[0] ?? 0;
  const noRetry = await burst(false);
  const withRetry = await burst(true);
  return { calls: PEOPLE, instances: INSTANCES, clientTimeoutMs: ATTEMPT_TIMEOUT_MS, load, noRetry, withRetry };
}

if (require.main === module) {
  burstBench().then((r) => console.log(JSON.stringify(r, null, 2)), (e: unknown) => { console.error(e); process.exit(1); });
}
