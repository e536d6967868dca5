// Declared indexes in the local cloud: a filter or sort no index serves is refused through the real SDK,
// as the production database would scan it; unique indexes refuse a second document with the same key.
import { type Emulator } from '../../emulator';
import { type IndexSpec, unindexedReason } from '../../emulator/database/index-coverage';
import { type Sdk, startLocalCloud } from '../support/local-cloud';

const CASE_INDEXES: IndexSpec[] = [
  { name: 'status_created', keys: [['status', 1], ['createdAt', -1]] },
  { name: 'tracking', keys: [['trackingNo', 1]], unique: true },
];
const INDEXES: Record<string, IndexSpec[]> = { cases: CASE_INDEXES, notes: [] };

let emulator: Emulator;
let db: Sdk;

beforeAll(async () => {
  let cloud: Sdk;
  ({ emulator, cloud } = await startLocalCloud({ collections: ['cases', 'notes'], indexes: INDEXES }));
  db = cloud.database();
});
afterAll(() => emulator.stop());

describe('which queries an index serves', () => {
  it.each([
    ['equality on the first key', { status: 'open' }, []],
    ['equality then the sort that follows it', { status: 'open' }, [['createdAt', -1]]],
    ['the same sort reversed', { status: 'open', township: '城关镇' }, [['createdAt', 1]]],
    ['a range on the sort key after the equality', { status: 'open', createdAt: { $lt: new Date(0) } }, [['createdAt', -1]]],
    ['an $in on the first key', { status: { $in: ['open', 'late'] } }, []],
    ['by id', { _id: 'x', township: 'a' }, [['title', 1]]],
    ['an $or whose branches are each served', { $or: [{ status: 'open' }, { trackingNo: 'T1' }] }, []],
    ['a whole-collection read', {}, []],
  ] as const)('serves %s', (_label, query, sort) => {
    expect(unindexedReason(CASE_INDEXES, query, sort as never)).toBeNull();
  });

  it.each([
    ['a field no index starts with', { township: '城关镇' }, [], 'equal township'],
    ['a sort no index delivers', { status: 'open' }, [['title', 1]], 'sort title:1'],
    ['a sort with its keys in mixed directions', {}, [['status', 1], ['createdAt', 1]], 'sort status:1,createdAt:1'],
    ['a sort alone on a later key', {}, [['createdAt', -1]], 'sort createdAt:-1'],
    ['an $or with one unserved branch', { $or: [{ status: 'open' }, { township: 'a' }] }, [], 'equal township'],
    ['a nested field', { person: { phone: '1' } }, [], 'equal person.phone'],
    ['a $nor alone, which no index bounds', { $nor: [{ title: 'x' }] }, [], 'bounds no field'],
    ['an empty $or', { title: 'x', $or: [] }, [], 'empty $or'],
  ] as const)('refuses %s', (_label, query, sort, reason) => {
    expect(unindexedReason(CASE_INDEXES, query, sort as never)).toContain(reason);
  });
});

describe('the local cloud holds the product to its declared indexes', () => {
  it('answers a served query and refuses an unserved one with a named error', async () => {
    await db.collection('cases').add({ data: { status: 'open', createdAt: new Date(1), trackingNo: 'T1' } });
    const served = await db.collection('cases').where({ status: 'open' }).orderBy('createdAt', 'desc').get();
    expect(served.data).toHaveLength(1);
    await expect(db.collection('cases').where({ status: 'open' }).orderBy('trackingNo', 'asc').get()).rejects.toThrow(/DATABASE_INDEX_MISSING|no declared index/);
    await expect(db.collection('notes').where({ title: 'x' }).count()).rejects.toThrow(/no declared index/);
    await expect(db.collection('notes').where({ title: 'x' }).update({ data: { n: 1 } })).rejects.toThrow(/no declared index/);
    await expect(db.collection('cases').aggregate().match({ township: 'a' }).end()).rejects.toThrow(/no declared index/);
    expect((await db.collection('notes').get()).data).toEqual([]);
  });

  it('refuses a second document with a unique key, in a batch and in a transaction, and leaves the first', async () => {
    await db.collection('cases').add({ data: { _id: 'a', status: 'open', trackingNo: 'T9' } });
    await expect(db.collection('cases').add({ data: { _id: 'b', status: 'open', trackingNo: 'T9' } })).rejects.toThrow(/duplicate key/);
    await expect(db.collection('cases').doc('a').set({ data: { status: 'late', trackingNo: 'T9' } })).resolves.toBeDefined();
    await expect(
      db.runTransaction(async (tx: Sdk) => {
        await tx.collection('cases').add({ data: { _id: 'c', trackingNo: 'T9' } });
      }, 1),
    ).rejects.toThrow(/duplicate key/);
    const { total } = await db.collection('cases').where({ trackingNo: 'T9' }).count();
    expect(total).toBe(1);
  });

  it('refuses the second of two transactions that each add the same unique key, at its commit', async () => {
    const [a, b] = await Promise.all([db.startTransaction(), db.startTransaction()]);
    await a.collection('cases').add({ data: { _id: 'tx-a', trackingNo: 'T-RACE' } });
    await b.collection('cases').add({ data: { _id: 'tx-b', trackingNo: 'T-RACE' } });
    await a.commit();
    await expect(b.commit()).rejects.toThrow(/duplicate key/);
    const { total } = await db.collection('cases').where({ trackingNo: 'T-RACE' }).count();
    expect(total).toBe(1);
  });

  it('counts a missing unique field as null, so two documents lacking it clash as they would in production', async () => {
    await db.collection('cases').add({ data: { _id: 'n1', status: 'draft' } });
    await expect(db.collection('cases').add({ data: { _id: 'n2', status: 'draft' } })).rejects.toThrow(/duplicate key/);
  });
});
