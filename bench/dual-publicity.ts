// 双公示: the public list's p95 at 50,000 decisions (30,000 licences, 20,000 penalties over five years,
// three deciding authorities) through the real SDK: the first page, a keyword search, and a filtered
// list (year + authority + penalty type). Run: npx tsx bench/dual-publicity.ts
import { PRODUCT_DATABASE } from '#types/models/product-database';
import { DECISION_COLLECTION, type DecisionDoc, type DecisionKind, PENALTY_TYPES } from '#types/models/decision';
import { startEmulator } from '../emulator';
import type { Doc } from '../emulator/store/ejson';
import { FUNCTIONS_BUILD, buildCloudFunctions } from '../scripts/build-cloud';
import { localSdk } from '../scripts/local-sdk';
import { searchTextOf } from '../cloudfunctions/_shared/decisions/import-decisions';
import { percentile, timeMany } from './measure';

const DECISIONS = 50_000;
const LICENCES = 30_000;
const RUNS = 200;
const AUTHORITIES = ['清溪县交通运输局', '清溪县交通运输综合行政执法大队', '清溪县公路与运输管理中心'];
const NAMES = ['顺达', '通达', '平安', '宏运', '金桥', '兴旺', '恒通', '安捷', '远航', '鑫盛'];
const DAY_MS = 86_400_000;
const NOW = new Date('2026-06-10T10:00:00+08:00');

function decision(i: number): DecisionDoc {
  const kind: DecisionKind = i < LICENCES ? 'licence' : 'penalty';
  const n = kind === 'licence' ? i : i - LICENCES;
  const total = kind === 'licence' ? LICENCES : DECISIONS - LICENCES;
  // Spread over the five years before the bench instant.
  const decisionDate = new Date(Date.UTC(2026, 5, 10) - Math.floor((n / total) * 5 * 365) * DAY_MS);
  const person = n % 5 === 0;
  const partyName = person ? `${'张王李赵陈'[n % 5]}**` : `清溪县${NAMES[n % NAMES.length]}${kind === 'licence' ? '货运' : '运输'}有限公司第${n}分公司`;
  const decisionNo = `清交${kind === 'licence' ? '许' : '执罚'}〔${decisionDate.getUTCFullYear()}〕${n}号`;
  const content = kind === 'licence' ? `道路普通货物运输经营许可，车辆 ${n % 40 + 1} 辆` : `罚款人民币${(n % 9) + 1}千元`;
  const penaltyTypes = kind === 'penalty' ? [PENALTY_TYPES[n % 4] ?? '罚款'] : [];
  const doc: DecisionDoc = {
    _id: `${kind}-${n.toString(16).padStart(24, '0')}`, kind, decisionNo, partyName, partyType: person ? 'person' : 'organisation',
    creditCode: person ? null : '91350100M000100Y43', legalRep: '', content, decisionDate, year: decisionDate.getUTCFullYear(),
    authority: AUTHORITIES[n % AUTHORITIES.length] as string, licenceType: kind === 'licence' ? '普通' : null, certificate: '', validFrom: null, validTo: null,
    violation: kind === 'penalty' ? '超限运输' : '', legalBasis: kind === 'penalty' ? '《公路安全保护条例》第六十四条' : '', penaltyTypes,
    amount: penaltyTypes.includes('罚款') ? ((n % 9) + 1) / 10 : null, publishedAt: new Date(decisionDate.getTime() + 3 * DAY_MS),
    dueAt: new Date(decisionDate.getTime() + 9 * DAY_MS), late: n % 17 === 0, searchText: '', importedAt: NOW, importedBy: 'bench',
    confidentiality: { basis: '基准测试数据', result: 'not_secret', by: 'bench', at: NOW },
  };
  return { ...doc, searchText: searchTextOf(doc) };
}

export interface DualPublicityFigures {
  decisions: number;
  firstPageP50: number;
  firstPageP95: number;
  keywordP95: number;
  keywordMissP95: number;
  filteredP95: number;
}

export async function dualPublicityBench(): Promise<DualPublicityFigures> {
  await buildCloudFunctions();
  const emulator = await startEmulator({ functionsDir: FUNCTIONS_BUILD, ...PRODUCT_DATABASE });
  try {
    emulator.clock.set(NOW.toISOString());
    emulator.store.apply(Array.from({ length: DECISIONS }, (_, i) => decision(i)).map((doc) => ({ kind: 'put' as const, collection: DECISION_COLLECTION, id: doc._id, doc: doc as unknown as Doc })));
    const cloud = localSdk(emulator.sdkEnv);
    const list = (payload: Record<string, unknown>, atLeast: number) => async (): Promise<void> => {
      const { result } = await cloud.callFunction({ name: 'public', data: { action: 'listDecisions', payload } });
      if (!result.ok || result.data.items.length < atLeast) throw new Error(JSON.stringify(result).slice(0, 300));
    };
    const first = list({ kind: 'penalty' }, 20);
    await timeMany(20, first);
    const firstPage = await timeMany(RUNS, first);
    const keyword = await timeMany(RUNS, list({ kind: 'licence', q: '金桥货运' }, 20));
    const keywordMiss = await timeMany(RUNS, list({ kind: 'penalty', q: '没有这家公司' }, 0));
    const filtered = await timeMany(RUNS, list({ kind: 'penalty', year: 2025, authority: AUTHORITIES[1], penaltyType: '罚款' }, 1));
    return {
      decisions: DECISIONS,
      firstPageP50: percentile(firstPage, 50),
      firstPageP95: percentile(firstPage, 95),
      keywordP95: percentile(keyword, 95),
      keywordMissP95: percentile(keywordMiss, 95),
      filteredP95: percentile(filtered, 95),
    };
  } finally {
    await emulator.stop();
  }
}

if (require.main === module) {
  dualPublicityBench().then(
    (r) => {
      const ms = (n: number): string => `${n.toFixed(1)} ms`;
      console.log(`双公示 public list at ${r.decisions} decisions, ${RUNS} runs each, via the SDK on the local cloud:`);
      console.log(`  first page (penalties)             p50 ${ms(r.firstPageP50)}  p95 ${ms(r.firstPageP95)}`);
      console.log(`  keyword search (licences, a hit)   p95 ${ms(r.keywordP95)}`);
      console.log(`  keyword search (penalties, a miss) p95 ${ms(r.keywordMissP95)}`);
      console.log(`  year + authority + penalty type    p95 ${ms(r.filteredP95)}`);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
