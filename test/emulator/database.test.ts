import { type Emulator } from '../../emulator';
import { type Sdk, startLocalCloud } from '../support/local-cloud';

let emulator: Emulator;
let cloud: Sdk;
let db: Sdk;

beforeAll(async () => {
  ({ emulator, cloud } = await startLocalCloud({ collections: ['items', 'other'] }));
  db = cloud.database();
});
afterAll(() => emulator.stop());
beforeEach(async () => {
  await db.collection('items').where({ _id: db.command.exists(true) }).remove();
});

const seed = async (docs: Record<string, unknown>[]): Promise<void> => {
  for (const data of docs) await db.collection('items').add({ data });
};

describe('the emulator answers the real wx-server-sdk', () => {
  it('adds a document and reads it back by id with dates intact', async () => {
    const at = new Date('2026-01-02T03:04:05Z');
    const { _id } = await db.collection('items').add({ data: { title: '通知', at, n: 1.5, tags: ['a'] } });
    const { data } = await db.collection('items').doc(_id).get();
    expect(data).toEqual({ _id, title: '通知', at, n: 1.5, tags: ['a'] });
  });

  it('filters, sorts, skips, limits and projects', async () => {
    await seed([1, 2, 3, 4, 5, 6].map((n) => ({ n, odd: n % 2 === 1, title: `t${n}` })));
    const _ = db.command;
    const { data } = await db
      .collection('items')
      .where({ n: _.gt(1).and(_.lt(6)) })
      .orderBy('n', 'desc')
      .skip(1)
      .limit(2)
      .field({ n: true })
      .get();
    expect(data.map((d: { n: number }) => d.n)).toEqual([4, 3]);
    expect(Object.keys(data[0]).sort()).toEqual(['_id', 'n']);
  });

  it('matches or, in, regular expressions and nested paths', async () => {
    await seed([
      { name: '网约车管理', meta: { level: 'county' } },
      { name: '超限运输', meta: { level: 'province' } },
      { name: '公交线路', meta: { level: 'national' } },
    ]);
    const _ = db.command;
    const byOr = await db.collection('items').where(_.or([{ 'meta.level': 'county' }, { name: db.RegExp({ regexp: '公交' }) }])).get();
    expect(byOr.data.map((d: { name: string }) => d.name).sort()).toEqual(['公交线路', '网约车管理']);
    const byIn = await db.collection('items').where({ 'meta.level': _.in(['province']) }).count();
    expect(byIn.total).toBe(1);
  });

  it('uses a default page of 100 and caps a page at 1000', async () => {
    for (let i = 0; i < 1006; i += 1) await db.collection('items').add({ data: { i } });
    expect((await db.collection('items').get()).data).toHaveLength(100);
    expect((await db.collection('items').limit(1000).get()).data).toHaveLength(1000);
    expect((await db.collection('items').count()).total).toBe(1006);
  });

  it('applies update operators, merges nested objects and resolves serverDate', async () => {
    const _ = db.command;
    const { _id } = await db.collection('items').add({ data: { n: 1, tags: ['a'], meta: { a: 1, b: 2 }, gone: true } });
    const before = Date.now();
    const res = await db.collection('items').doc(_id).update({
      data: { n: _.inc(2), tags: _.push(['b']), meta: { b: 3 }, gone: _.remove(), at: db.serverDate() },
    });
    expect(res.stats.updated).toBe(1);
    const { data } = await db.collection('items').doc(_id).get();
    expect(data).toMatchObject({ n: 3, tags: ['a', 'b'], meta: { a: 1, b: 3 } });
    expect(data.gone).toBeUndefined();
    expect(data.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('replaces with set(), upserting a missing document', async () => {
    await db.collection('items').doc('fixed-id').set({ data: { v: 1, extra: true } });
    await db.collection('items').doc('fixed-id').set({ data: { v: 2 } });
    const { data } = await db.collection('items').doc('fixed-id').get();
    expect(data).toEqual({ _id: 'fixed-id', v: 2 });
  });

  it('updates and removes many documents with where()', async () => {
    await seed([{ k: 'x' }, { k: 'x' }, { k: 'y' }]);
    const updated = await db.collection('items').where({ k: 'x' }).update({ data: { seen: true } });
    expect(updated.stats.updated).toBe(2);
    const removed = await db.collection('items').where({ k: 'x' }).remove();
    expect(removed.stats.removed).toBe(2);
    expect((await db.collection('items').count()).total).toBe(1);
  });

  it('aggregates, including a lookup into another collection', async () => {
    await seed([{ g: 'a', v: 1 }, { g: 'a', v: 2 }, { g: 'b', v: 5 }]);
    await db.collection('other').add({ data: { g: 'a', label: '甲' } });
    const $ = db.command.aggregate;
    const { list } = await db
      .collection('items')
      .aggregate()
      .group({ _id: '$g', total: $.sum('$v') })
      .lookup({ from: 'other', localField: '_id', foreignField: 'g', as: 'labels' })
      .sort({ _id: 1 })
      .end();
    expect(list.map((r: { _id: string; total: number; labels: unknown[] }) => [r._id, r.total, r.labels.length])).toEqual([
      ['a', 3, 1],
      ['b', 5, 0],
    ]);
  });

  it('reports a missing collection and a missing document with the SDK’s own errors', async () => {
    await expect(db.collection('nope').get()).rejects.toMatchObject({ errCode: -502005 });
    await expect(db.collection('items').doc('missing').get()).rejects.toThrow(/does not exist/);
  });

  it('rejects a duplicate _id without writing anything', async () => {
    await db.collection('items').add({ data: { _id: 'dup', v: 1 } });
    await expect(db.collection('items').add({ data: { _id: 'dup', v: 2 } })).rejects.toThrow(/duplicate/);
    expect((await db.collection('items').doc('dup').get()).data.v).toBe(1);
  });

  it('creates collections through the SDK', async () => {
    await db.createCollection('made_here');
    await db.collection('made_here').add({ data: { ok: true } });
    expect((await db.collection('made_here').count()).total).toBe(1);
  });
});

describe('transactions', () => {
  it('commits buffered writes together', async () => {
    await db.collection('items').add({ data: { _id: 'acct', balance: 10 } });
    await db.runTransaction(async (tx: Sdk) => {
      const { data } = await tx.collection('items').doc('acct').get();
      await tx.collection('items').doc('acct').update({ data: { balance: data.balance - 3 } });
      await tx.collection('items').add({ data: { _id: 'log1', amount: 3 } });
      // Outside the transaction nothing is visible yet.
      expect((await db.collection('items').doc('acct').get()).data.balance).toBe(10);
    });
    expect((await db.collection('items').doc('acct').get()).data.balance).toBe(7);
    expect((await db.collection('items').doc('log1').get()).data.amount).toBe(3);
  });

  it('rolls back on an error thrown inside', async () => {
    await db.collection('items').add({ data: { _id: 'acct', balance: 10 } });
    await expect(
      db.runTransaction(async (tx: Sdk) => {
        await tx.collection('items').doc('acct').update({ data: { balance: 0 } });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await db.collection('items').doc('acct').get()).data.balance).toBe(10);
  });

  it('reports a conflict so runTransaction retries and ends consistent', async () => {
    await db.collection('items').add({ data: { _id: 'counter', n: 0 } });
    let attempts = 0;
    await db.runTransaction(async (tx: Sdk) => {
      attempts += 1;
      const { data } = await tx.collection('items').doc('counter').get();
      if (attempts === 1) await db.collection('items').doc('counter').update({ data: { n: db.command.inc(100) } });
      await tx.collection('items').doc('counter').update({ data: { n: data.n + 1 } });
    });
    expect(attempts).toBe(2);
    expect((await db.collection('items').doc('counter').get()).data.n).toBe(101);
  });
});
