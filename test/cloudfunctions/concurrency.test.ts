// Many calls at once, on the built functions: the local cloud runs up to 8 instances of a function at a
// time (MAX_INSTANCES in emulator/functions/function-runner.ts), each serving one call, so these calls
// really overlap in the database, and the rest queue as they do in the cloud. What is asserted is what
// people end up with: one record and one answer per request, nobody refused, counts exact.
import type { GenericSchema } from 'valibot';
import type { ActionTable } from '#types/api/action';
import type { CaseView } from '#types/api/case-views';
import type { CommentView } from '#types/api/consultation-views';
import { ACTION_TABLES } from '#types/api/action-tables';
import { CASE_COLLECTION, CASES_PER_DAY } from '#types/models/case';
import { COMMENT_COLLECTION, COMMENTS_PER_PERSON, CONSULTATION_COLLECTION, type ConsultationDoc } from '#types/models/consultation';
import type { Votes } from '#types/models/content';
import { QA_COLLECTION } from '#types/models/policy';
import { REQUEST_COLLECTION } from '#types/models/request';
import { SERVICE_COLLECTION, SERVICE_RATING_COLLECTION, type ServiceDoc } from '#types/models/service';
import { VOTE_COLLECTION } from '#types/models/vote';
import { STAFF_COLLECTION } from '#types/models/staff';
import { REACH_COLLECTION } from '#types/models/reach';
import { REGISTRATION_COLLECTION } from '#types/models/meeting';
import { POSTER_COLLECTION } from '#types/models/poster';
import type { Result } from '#types/result';
import type { WxContext } from '../../emulator/functions/function-runner';
import { LOCAL_APPID } from '../../emulator/gateway/personas';
import { consultationInput, qaInput, serviceInput, staffDoc } from '../support/builders';
import { cstDay } from '../../cloudfunctions/_shared/time/working-days';
import { type ProductCloud, startProductCloud } from '../support/product-cloud';
import { publish } from '../support/workflow-steps';

const SAME_REQUEST = 20;
const CROWD = 50;

let cloud: ProductCloud;
let service: string;
let consultation: string;
let qa: string;
/** A meeting with seats for everyone here, and one already under way (for 会上意见). */
const MEETING = 'conc-meeting-open';
const HELD = 'conc-meeting-held';

beforeAll(async () => {
  cloud = await startProductCloud();
  service = (await publish(cloud, 'service', serviceInput())).targetId;
  consultation = (await publish(cloud, 'consultation', consultationInput())).targetId;
  qa = (await publish(cloud, 'qa', qaInput())).targetId;
  const meeting = (meetingId: string, startsAt: string) =>
    cloud.call('staff', 'saveMeeting', { meetingId, consultationId: consultation, startsAt, place: '县交通运输局三楼会议室', capacity: 500, registration: 'app', phone: '' }, 'editor');
  await meeting(MEETING, '2026-06-30T09:00');
  await meeting(HELD, '2026-06-10T10:30');
  // Every instance started first: these tests are about the database under concurrent calls, not cold
  // starts (bench/ measures those).
  await all(8, () => callAs('o-warm-up', 'public', 'getMe', {}));
}, 60_000);
afterAll(() => cloud.emulator.stop());

const person = (openid: string): WxContext => ({ OPENID: openid, APPID: LOCAL_APPID, SOURCE: 'wx_client' });
/** As the client calls (src/lib/cloud.ts): a call the platform cuts off (its 3 s limit, on a busy machine)
 * is sent once more, unchanged; an answer, whatever it says, is final. */
const callAs = async <T>(openid: string, fn: string, action: string, payload: unknown): Promise<Result<T>> => {
  const send = (): Promise<Result<T>> => cloud.emulator.call(fn, { action, payload }, person(openid)) as Promise<Result<T>>;
  return send().catch(send);
};
const all = <T>(n: number, one: (i: number) => Promise<T>): Promise<T[]> => Promise.all(Array.from({ length: n }, (_, i) => one(i)));
const count = async (collection: string, where: Record<string, unknown>): Promise<number> => (await cloud.db.collection(collection).where(where).count()).total;
/** Counted from the stored documents, not through a query: an assertion needs no index the product lacks. */
const stored = (collection: string, keep: (doc: Record<string, unknown>) => boolean): number =>
  [...(cloud.emulator.store.documents(collection)?.values() ?? [])].filter((s) => keep(s.doc)).length;
const codes = (replies: Result<unknown>[]): string[] => replies.map((r) => (r.ok ? 'ok' : r.code));

/** The retry-safe writes: every action whose input carries a client request id, read from the action tables. */
function retrySafe(fn: string, table: ActionTable): string[] {
  return Object.entries(table)
    .filter(([, spec]) => 'requestId' in ((spec.input as GenericSchema & { entries?: object }).entries ?? {}))
    .map(([name]) => `${fn}.${name}`);
}
const RETRY_SAFE = Object.entries(ACTION_TABLES).flatMap(([fn, table]) => retrySafe(fn, table));

interface Scenario {
  /** A valid payload carrying `requestId`. */
  payload(requestId: string): Record<string, unknown>;
  /** The records this person's requests stored (each scenario's person makes one request). */
  stored(openid: string): Promise<number>;
  /** Who the person must be first (staff actions need a staff member). */
  setup?(openid: string): Promise<void>;
}

const applicant = { type: 'person', name: '王小明', idNumber: '33012219800101123X', organisation: '', phone: '13912345678', address: '清溪县石门乡石门村 12 号', email: '' };

const SCENARIOS: Record<string, Scenario> = {
  'public.submitCase': {
    payload: (requestId) => ({ requestId, category: 'question', text: '村口公交站的站牌掉了，什么时候修？' }),
    stored: (openid) => count(CASE_COLLECTION, { openid }),
  },
  'staff.recordCase': {
    // Received today by the cloud's clock (the date must not be in the future or a month back).
    payload: (requestId) => ({ requestId, channel: 'hotline', receivedOn: cstDay(cloud.emulator.clock.now()), category: 'complaint', text: '班车经常晚点，请核实。' }),
    stored: async (openid) => stored(CASE_COLLECTION, (doc) => doc.recordedBy === openid),
    setup: async (openid) => {
      const { _id: _ignored, ...member } = staffDoc('editor', { name: '接线员' });
      await cloud.db.collection(STAFF_COLLECTION).doc(openid).set({ data: member });
    },
  },
  'staff.makeSmsLinks': {
    payload: (requestId) => ({ requestId, refId: service, segments: ['全县'] }),
    stored: async (openid) => stored(REACH_COLLECTION, (doc) => doc.createdBy === openid),
    setup: async (openid) => {
      const { _id: _ignored, ...member } = staffDoc('editor', { name: '宣传员' });
      await cloud.db.collection(STAFF_COLLECTION).doc(openid).set({ data: member });
    },
  },
  'public.applyDisclosure': {
    payload: (requestId) => ({ requestId, applicant, description: '请公开石门乡通村路硬化工程的招标文件和中标合同。', purpose: '了解村道工程质量要求', form: 'electronic' }),
    stored: (openid) => count(CASE_COLLECTION, { openid }),
  },
  // A poor rating: the rating, the service's summary and a follow-up case, all once.
  'public.rateService': {
    payload: (requestId) => ({ id: service, level: 1, comment: '窗口排队两个小时', requestId }),
    stored: async (openid) => (await count(SERVICE_RATING_COLLECTION, { openid })) * (await count(CASE_COLLECTION, { openid })),
  },
  'public.submitComment': {
    payload: (requestId) => ({ id: consultation, section: 0, text: '建议村道养护资金按里程和车流量一起分配。', requestId }),
    stored: (openid) => count(COMMENT_COLLECTION, { openid }),
  },
  'public.registerMeeting': {
    payload: (requestId) => ({ meetingId: MEETING, requestId, name: '张三' }),
    stored: async (openid) => stored(REGISTRATION_COLLECTION, (doc) => doc.openid === openid && doc.status === 'registered'),
  },
  'staff.recordMeetingOpinion': {
    // Entered once the meeting has begun (the test clock moves past its start for this one).
    payload: (requestId) => ({ meetingId: HELD, section: 0, text: '会上有人建议村道养护资金按里程分配。', requestId }),
    stored: async (openid) => stored(COMMENT_COLLECTION, (doc) => doc.recordedBy === openid),
    setup: async (openid) => {
      cloud.emulator.clock.set('2026-06-10T11:00:00+08:00');
      const { _id: _ignored, ...member } = staffDoc('editor', { name: '记录员' });
      await cloud.db.collection(STAFF_COLLECTION).doc(openid).set({ data: member });
    },
  },
  'staff.makePoster': {
    payload: (requestId) => ({ requestId, refId: service, township: '石门乡', village: '上坪村' }),
    stored: async (openid) => stored(POSTER_COLLECTION, (doc) => doc.createdBy === openid),
    setup: (openid) => cloud.db.collection(STAFF_COLLECTION).doc(openid).set({ data: { name: '宣传员', roles: ['editor'], createdAt: cloud.now(), updatedAt: cloud.now() } }).then(() => undefined),
  },
};

describe('the same request many times at once', () => {
  it('covers every action that takes a request id', () => {
    expect(RETRY_SAFE.length).toBeGreaterThan(0);
    expect(Object.keys(SCENARIOS).sort()).toEqual([...RETRY_SAFE].sort());
  });

  it.each(RETRY_SAFE)('%s: stores one record, and every duplicate gets the one stored answer', async (qualified) => {
    const [fn = '', action = ''] = qualified.split('.');
    const scenario = SCENARIOS[qualified] as Scenario;
    const openid = `o-same-${action}`;
    await scenario.setup?.(openid);
    const payload = scenario.payload(`same-${action}-0001`);
    const answersBefore = stored(REQUEST_COLLECTION, (doc) => 'action' in doc);
    const replies = await all(SAME_REQUEST, () => callAs(openid, fn, action, payload));
    expect(codes(replies)).toEqual(Array(SAME_REQUEST).fill('ok'));
    expect(new Set(replies.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(await scenario.stored(openid)).toBe(1);
    expect(stored(REQUEST_COLLECTION, (doc) => 'action' in doc)).toBe(answersBefore + 1);
    // And a retry long after gets the same answer.
    expect(await callAs(openid, fn, action, payload)).toEqual(replies[0]);
  });

  it('gives every duplicate of a poor rating the same case number, counted once in the summary', async () => {
    const before = (await cloud.db.collection(SERVICE_COLLECTION).doc(service).get()).data as ServiceDoc;
    const payload = { id: service, level: 2, comment: '材料清单和窗口说的不一样', requestId: 'rate-poor-once-01' };
    const replies = await all(SAME_REQUEST, () => callAs<{ level: number; caseTrackingNo: string | null }>('o-rater-once', 'public', 'rateService', payload));
    const numbers = new Set(replies.map((r) => (r.ok ? r.data.caseTrackingNo : r.code)));
    expect([...numbers]).toEqual([expect.stringMatching(/^\d{8}-[A-Z2-9]{6}$/)]);
    const after = (await cloud.db.collection(SERVICE_COLLECTION).doc(service).get()).data as ServiceDoc;
    expect(after.ratings.count).toBe(before.ratings.count + 1);
    expect(after.ratings.levels[1]).toBe(before.ratings.levels[1] + 1);
  });

  it('answers a late retry with what it first answered, even after the person changed their rating', async () => {
    const first = { id: service, level: 1, comment: '电话一直打不通', requestId: 'rate-change-0001' };
    const opened = await callAs<{ caseTrackingNo: string | null }>('o-rater-change', 'public', 'rateService', first);
    expect(await callAs('o-rater-change', 'public', 'rateService', { id: service, level: 5, comment: '', requestId: 'rate-change-0002' })).toMatchObject({ ok: true, data: { level: 5 } });
    expect(await callAs('o-rater-change', 'public', 'rateService', first)).toEqual(opened);
    const rating = await cloud.db.collection(SERVICE_RATING_COLLECTION).doc(`${service}:o-rater-change`).get();
    expect(rating.data.level).toBe(5);
  });
});

describe('one person, many different requests at once', () => {
  it('folds the same words sent many times at once into one case, with one tracking number', async () => {
    const replies = await all(SAME_REQUEST, (i) =>
      callAs<CaseView>('o-same-words', 'public', 'submitCase', { requestId: `same-words-${String(i).padStart(4, '0')}`, category: 'complaint', text: '12路公交车经常不按时发车，早上等了四十分钟。' }));
    expect(codes(replies)).toEqual(Array(SAME_REQUEST).fill('ok'));
    expect(new Set(replies.map((r) => r.ok && r.data.trackingNo)).size).toBe(1);
    expect(await count(CASE_COLLECTION, { openid: 'o-same-words' })).toBe(1);
  });

  it(`opens exactly ${CASES_PER_DAY} cases a day, however many arrive at once, and refuses the rest clearly`, async () => {
    const replies = await all(SAME_REQUEST, (i) =>
      callAs<CaseView>('o-flood', 'public', 'submitCase', { requestId: `flood-${String(i).padStart(4, '0')}`, category: 'question', text: `第${i + 1}个问题：村道什么时候修？` }));
    expect(codes(replies).sort()).toEqual([...Array(CASES_PER_DAY).fill('ok'), ...Array(SAME_REQUEST - CASES_PER_DAY).fill('RESOURCE_EXHAUSTED')].sort());
    expect(replies.find((r) => !r.ok)).toMatchObject({ message: '今天提交的次数已达上限，请明天再试，或拨打 12328' });
    expect(await count(CASE_COLLECTION, { openid: 'o-flood' })).toBe(CASES_PER_DAY);
  });

  it(`takes at most ${COMMENTS_PER_PERSON} comments per person on one consultation, however many arrive at once`, async () => {
    const n = COMMENTS_PER_PERSON + 10;
    const replies = await all(n, (i) =>
      callAs<CommentView>('o-commenter', 'public', 'submitComment', { id: consultation, section: 1, text: `第${i + 1}条意见：养护资金要公开明细。`, requestId: `comment-flood-${String(i).padStart(4, '0')}` }));
    expect(codes(replies).filter((c) => c === 'ok')).toHaveLength(COMMENTS_PER_PERSON);
    expect(codes(replies).filter((c) => c !== 'ok')).toEqual(Array(n - COMMENTS_PER_PERSON).fill('RESOURCE_EXHAUSTED'));
    expect(await count(COMMENT_COLLECTION, { openid: 'o-commenter' })).toBe(COMMENTS_PER_PERSON);
  });
});

describe(`${CROWD} different people on one item at once`, () => {
  const crowd = (i: number): string => `o-crowd-${String(i).padStart(3, '0')}`;

  it('counts every vote, refusing nobody', async () => {
    const helpful = (i: number): boolean => i % 5 !== 0;
    const replies = await all(CROWD, (i) => callAs<{ votes: Votes }>(crowd(i), 'public', 'vote', { kind: 'qa', id: qa, helpful: helpful(i) }));
    expect(codes(replies)).toEqual(Array(CROWD).fill('ok'));
    const { votes } = (await cloud.db.collection(QA_COLLECTION).doc(qa).get()).data as { votes: Votes };
    expect(votes).toEqual({ helpful: CROWD - CROWD / 5, unhelpful: CROWD / 5 });
    expect(stored(VOTE_COLLECTION, (doc) => doc.targetId === qa)).toBe(CROWD);
  });

  it('moves every changed mind exactly once while others are still voting', async () => {
    const before = ((await cloud.db.collection(QA_COLLECTION).doc(qa).get()).data as { votes: Votes }).votes;
    // The first ten flip to 没帮助 while ten newcomers vote 有帮助.
    const replies = await all(20, (i) => callAs(crowd(i < 10 ? i * 5 + 1 : CROWD + i), 'public', 'vote', { kind: 'qa', id: qa, helpful: i >= 10 }));
    expect(codes(replies)).toEqual(Array(20).fill('ok'));
    const { votes } = (await cloud.db.collection(QA_COLLECTION).doc(qa).get()).data as { votes: Votes };
    expect(votes).toEqual({ helpful: before.helpful - 10 + 10, unhelpful: before.unhelpful + 10 });
  });

  it('counts every rating in the summary and opens a case for each poor one, refusing nobody', async () => {
    const rated = await publish(cloud, 'service', serviceInput());
    const level = (i: number): number => (i % 5) + 1;
    const replies = await all(CROWD, (i) =>
      callAs<{ caseTrackingNo: string | null }>(crowd(i), 'public', 'rateService', { id: rated.targetId, level: level(i), comment: '', requestId: `crowd-rate-${String(i).padStart(4, '0')}` }));
    expect(codes(replies)).toEqual(Array(CROWD).fill('ok'));
    const { ratings } = (await cloud.db.collection(SERVICE_COLLECTION).doc(rated.targetId).get()).data as ServiceDoc;
    expect(ratings).toEqual({ count: CROWD, levels: [10, 10, 10, 10, 10] });
    const poor = replies.filter((r) => r.ok && r.data.caseTrackingNo);
    expect(poor).toHaveLength((CROWD * 2) / 5);
    expect(await count(CASE_COLLECTION, { category: 'rating', openid: cloud.db.command.in(Array.from({ length: CROWD }, (_, i) => crowd(i))) })).toBe(poor.length);
  });

  it('counts every comment on one part of a consultation, refusing nobody', async () => {
    const replies = await all(CROWD, (i) =>
      callAs<CommentView>(crowd(i), 'public', 'submitComment', { id: consultation, section: 0, text: `第${i + 1}位群众：村道养护要有人管。`, requestId: `crowd-comment-${String(i).padStart(4, '0')}` }));
    expect(codes(replies)).toEqual(Array(CROWD).fill('ok'));
    const doc = (await cloud.db.collection(CONSULTATION_COLLECTION).doc(consultation).get()).data as ConsultationDoc & { sectionComments: Record<string, number>; commentCount: number };
    const visible = await count(COMMENT_COLLECTION, { consultationId: consultation, status: 'visible' });
    const visibleFirstPart = await count(COMMENT_COLLECTION, { consultationId: consultation, section: 0, status: 'visible' });
    expect(doc.commentCount).toBe(visible);
    expect(doc.sectionComments.s0).toBe(visibleFirstPart);
    expect(await count(COMMENT_COLLECTION, { consultationId: consultation, openid: cloud.db.command.in(Array.from({ length: CROWD }, (_, i) => crowd(i))) })).toBe(CROWD);
  });
});
