import { FEED_COLLECTION, type FeedItem } from '#types/models/feed';
import { feedDoc } from '../support/builders';
import { PERSONA_KEYS, type ProductCloud, startProductCloud } from '../support/product-cloud';

let cloud: ProductCloud;

beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());
beforeEach(async () => {
  await cloud.db.collection(FEED_COLLECTION).where({ _id: cloud.db.command.exists(true) }).remove();
});

const seedFeed = async (count: number): Promise<void> => {
  for (let i = 0; i < count; i += 1) await cloud.db.collection(FEED_COLLECTION).add({ data: feedDoc() });
};

describe('public.listFeed', () => {
  it('lists the newest published items first, to anyone', async () => {
    await seedFeed(3);
    for (const persona of PERSONA_KEYS) {
      const res = await cloud.call<{ items: FeedItem[] }>('public', 'listFeed', {}, persona);
      expect(res.ok).toBe(true);
      if (res.ok) expect(res.data.items.map((i) => i.publishedAt)).toEqual([...res.data.items.map((i) => i.publishedAt)].sort().reverse());
    }
  });

  it('pages through every item exactly once, even with equal publish times', async () => {
    const sameTime = new Date('2026-03-01T00:00:00Z');
    for (let i = 0; i < 5; i += 1) await cloud.db.collection(FEED_COLLECTION).add({ data: feedDoc({ publishedAt: sameTime }) });
    await seedFeed(6);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const res = await cloud.call<{ items: FeedItem[]; nextCursor: string | null }>('public', 'listFeed', { limit: 4, ...(cursor ? { cursor } : {}) }, 'citizenA');
      if (!res.ok) throw new Error(res.message);
      seen.push(...res.data.items.map((i) => i.id));
      if (!res.data.nextCursor) break;
      cursor = res.data.nextCursor;
    }
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
  });

  it('hides items scheduled for the future', async () => {
    await cloud.db.collection(FEED_COLLECTION).add({ data: feedDoc({ _id: 'later', publishedAt: new Date(cloud.now().getTime() + 3600_000) }) });
    await seedFeed(1);
    const res = await cloud.call<{ items: FeedItem[] }>('public', 'listFeed', {}, 'anonymous');
    expect(res.ok && res.data.items.map((i) => i.id)).not.toContain('later');
  });

  it.each([
    [{ limit: 0 }, '「limit」不能小于 1'],
    [{ limit: 51 }, '「limit」不能大于 50'],
    [{ limit: '5' }, '「limit」应为数字'],
    [{ cursor: 'not a cursor' }, '翻页参数无效，请刷新后重试'],
    [{ sneaky: true }, '不认识的字段「sneaky」'],
  ])('rejects %j with INVALID_ARGUMENT and a Chinese message', async (payload, message) => {
    const res = await cloud.call('public', 'listFeed', payload, 'citizenA');
    expect(res).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message });
  });
});

describe('public.getMe', () => {
  it.each([
    ['anonymous', { signedIn: false, roles: [], name: null, uploadFolder: null }],
    ['citizenA', { signedIn: true, roles: [], name: null, uploadFolder: 'uploads/o-local-citizen-a' }],
    ['editor', { signedIn: true, roles: ['editor'], name: 'editor', uploadFolder: 'staff/o-local-editor' }],
    ['admin', { signedIn: true, roles: ['admin'], name: 'admin', uploadFolder: 'staff/o-local-admin' }],
  ] as const)('tells %s who they are', async (persona, expected) => {
    expect(await cloud.call('public', 'getMe', {}, persona)).toEqual({ ok: true, data: expected });
  });

  it('rejects unknown fields', async () => {
    expect(await cloud.call('public', 'getMe', { openid: 'someone-else' }, 'citizenA')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
  });
});

describe('the public function router', () => {
  it('rejects an unknown action and a malformed event', async () => {
    expect(await cloud.call('public', 'dropDatabase', {}, 'admin')).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message: '未知的操作' });
    expect(await cloud.emulator.call('public', { nothing: 1 }, 'citizenA')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
    expect(await cloud.call('public', 'toString', {}, 'citizenA')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
  });

  it('answers INTERNAL without a stack when the database fails, and logs the stack', async () => {
    await cloud.db.collection(FEED_COLLECTION).add({ data: feedDoc() });
    cloud.emulator.store.dropCollection(FEED_COLLECTION);
    try {
      const res = await cloud.call('public', 'listFeed', {}, 'citizenA');
      expect(res).toEqual({ ok: false, code: 'INTERNAL', message: '系统繁忙，请稍后再试' });
      expect(cloud.emulator.runner.logs.join('\n')).toMatch(/\[listFeed\] request [0-9a-f-]{36}: [\s\S]*at /);
    } finally {
      cloud.emulator.store.createCollection(FEED_COLLECTION);
    }
  });
});
