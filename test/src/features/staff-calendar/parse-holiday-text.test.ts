import { parseDates, parseHolidayLines } from '@/features/staff-calendar/parse-holiday-text';

describe('reading a holiday notice typed by an admin', () => {
  it('reads one holiday a line, a single day or a range, in the ways people write them', () => {
    const text = '元旦 2027-1-1 至 2027-1-3\n\n春节：2027-02-06到2027-02-13\n清明节 2027-04-05';
    expect(parseHolidayLines(text)).toEqual({
      holidays: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
        { name: '春节', from: '2027-02-06', to: '2027-02-13' },
        { name: '清明节', from: '2027-04-05', to: '2027-04-05' },
      ],
      unreadable: null,
    });
  });

  it('names the first line it cannot read', () => {
    expect(parseHolidayLines('元旦 2027-01-01\n国庆放七天').unreadable).toBe('国庆放七天');
    expect(parseHolidayLines('春节 2027-02-06 2027-02-10 2027-02-13').unreadable).toBe('春节 2027-02-06 2027-02-10 2027-02-13');
  });

  it('reads make-up working days from any separators', () => {
    expect(parseDates('2027-2-14、2027-02-20，2027-10-9')).toEqual(['2027-02-14', '2027-02-20', '2027-10-09']);
  });
});
