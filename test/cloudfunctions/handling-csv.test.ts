// The pieces a 办件 file is read with: times as spreadsheets write them, in Beijing; and a file with no
// quotes split directly, giving the rows csv-parse gives.
import fc from 'fast-check';
import { readCsv } from '../../cloudfunctions/_shared/budgets/read-csv';
import { csvInstant } from '../../cloudfunctions/_shared/csv/csv-instant';

describe('a time in a cell', () => {
  it('is read as Beijing time in the ways spreadsheets write it', () => {
    expect(csvInstant('2026-03-15 09:30:00')?.toISOString()).toBe('2026-03-15T01:30:00.000Z');
    expect(csvInstant('2026/3/5 9:05')?.toISOString()).toBe('2026-03-05T01:05:00.000Z');
    expect(csvInstant('2026-03-15T23:59')?.toISOString()).toBe('2026-03-15T15:59:00.000Z');
    expect(csvInstant('2026年3月15日')?.toISOString()).toBe('2026-03-14T16:00:00.000Z');
  });

  it('is nothing when no such instant exists', () => {
    for (const text of ['2026-02-30 10:00', '2026-03-15 24:00', '2026-03-15 9:60', '15/3/2026', '昨天', '', '2026-03-15 09:30:00.5']) expect(csvInstant(text)).toBeNull();
  });
});

describe('a file with no quotes', () => {
  const cell = fc.stringMatching(/^[ a-z0-9\u4e00-\u4e0f:\-/]{0,6}$/);
  const text = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }).chain((rows) =>
    fc.constantFrom('\n', '\r\n').map((end) => rows.map((r) => r.join(',')).join(end)),
  );

  it('gives the same rows and lines as csv-parse (which a quoted cell anywhere brings in)', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (body, bom) => {
        const direct = readCsv(`${bom ? '\uFEFF' : ''}${body}`);
        const parsed = readCsv(`${bom ? '\uFEFF' : ''}${body}\n"q"`);
        if (!direct.ok || !parsed.ok) throw new Error('unreadable');
        expect(direct.rows).toEqual(parsed.rows.slice(0, -1));
      }),
      { numRuns: 300, seed: 20261130 },
    );
  });
});
