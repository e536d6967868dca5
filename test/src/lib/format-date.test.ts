import { formatDate } from '@/lib/format-date';

const now = new Date('2026-11-28T10:00:00+08:00');

describe('formatDate', () => {
  it('says 今天 and 昨天 by the Beijing calendar day, not the UTC one', () => {
    expect(formatDate('2026-11-28T00:30:00+08:00', now)).toBe('今天');
    expect(formatDate('2026-11-27T23:59:00+08:00', now)).toBe('昨天');
  });

  it('counts days within the week and gives the full date beyond it', () => {
    expect(formatDate('2026-11-25T09:00:00+08:00', now)).toBe('3天前');
    expect(formatDate('2026-10-01T09:00:00+08:00', now)).toBe('2026年10月1日');
  });

  it('returns nothing for a broken date rather than NaN', () => {
    expect(formatDate('not a date', now)).toBe('');
  });
});
