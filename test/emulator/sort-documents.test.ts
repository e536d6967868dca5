import { compareValues, firstSorted } from '../../emulator/database/sort-documents';

describe('sorting documents in database order', () => {
  it('orders values of different types as the database does', () => {
    const values = [new Date(0), 'b', true, 2, null, 'a', 1];
    expect([...values].sort(compareValues)).toEqual([null, 1, 2, 'a', 'b', true, new Date(0)]);
  });

  it('takes the first n in order by several keys, the same as a full sort', () => {
    const docs = Array.from({ length: 500 }, (_, i) => ({ _id: `d${i % 37}-${i}`, group: i % 7, meta: { at: new Date(i % 11) } }));
    const order = { group: -1, 'meta.at': 1, _id: 1 } as const;
    const full = [...docs].sort((a, b) => b.group - a.group || a.meta.at.getTime() - b.meta.at.getTime() || (a._id < b._id ? -1 : 1));
    expect(firstSorted(docs, order, 25)).toEqual(full.slice(0, 25));
    expect(firstSorted(docs, order, 400)).toEqual(full.slice(0, 400));
  });
});

describe('dates from another realm', () => {
  it('sort as dates, as a document rewritten by an update operator may hold them', () => {
    const foreign = (iso: string): Date => require('node:vm').runInNewContext(`new Date('${iso}')`) as Date;
    const docs = [{ at: new Date('2026-01-01T00:00:00Z') }, { at: foreign('2026-03-01T00:00:00Z') }, { at: new Date('2026-02-01T00:00:00Z') }];
    expect(firstSorted(docs, { at: -1 }, 3).map((d) => d.at.toISOString())).toEqual(['2026-03-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
  });
});
