// `_id: _.in([...])` is answered from the primary key (a 50,000-record import looks up its batches this way),
// with the same answer a scan gives: other conditions still apply, repeated and unknown ids are ignored,
// and an array insert is stored whole or, with a clashing id, not at all.
import { type Emulator } from '../../emulator';
import { type Sdk, startLocalCloud } from '../support/local-cloud';

let emulator: Emulator;
let db: Sdk;

beforeAll(async () => {
  let cloud: Sdk;
  ({ emulator, cloud } = await startLocalCloud({ collections: ['items'] }));
  db = cloud.database();
  await db.collection('items').add({ data: ['a', 'b', 'c', 'd'].map((id, n) => ({ _id: id, n })) });
});
afterAll(() => emulator.stop());

describe('looking documents up by a list of ids', () => {
  it('finds each listed document once, with the other conditions applied, in order when asked', async () => {
    const _ = db.command;
    const found = await db.collection('items').where({ _id: _.in(['d', 'a', 'a', 'zz', 'c']) }).orderBy('n', 'asc').get();
    expect(found.data.map((d: { _id: string }) => d._id)).toEqual(['a', 'c', 'd']);
    const odd = await db.collection('items').where({ _id: _.in(['a', 'b', 'c', 'd']), n: _.gte(2) }).orderBy('n', 'asc').get();
    expect(odd.data.map((d: { _id: string }) => d._id)).toEqual(['c', 'd']);
    expect((await db.collection('items').where({ _id: _.in(['b', 'c']) }).count()).total).toBe(2);
  });

  it('updates only the listed documents', async () => {
    const _ = db.command;
    const res = await db.collection('items').where({ _id: _.in(['b', 'c']) }).update({ data: { seen: true } });
    expect(res.stats.updated).toBe(2);
    expect((await db.collection('items').where({ seen: true }).count()).total).toBe(2);
  });

  it('refuses a whole array insert when one id is taken', async () => {
    await expect(db.collection('items').add({ data: [{ _id: 'e', n: 5 }, { _id: 'a', n: 9 }] })).rejects.toThrow(/E11000|duplicate/);
    expect((await db.collection('items').where({ _id: db.command.in(['e']) }).count()).total).toBe(0);
  });
});
