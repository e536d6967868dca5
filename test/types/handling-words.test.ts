// The guide page's plain words for measured handling times.
import type { ServiceTimes } from '#types/api/handling-views';
import { changeWords, handlingDetails, handlingHeadline } from '#types/text/handling-words';

const times = (over: Partial<ServiceTimes['current']> = {}, promisedDays: number | null = 5, meanChange: number | null = -0.529): ServiceTimes => ({
  itemCode: '330100000001',
  promisedDays,
  current: { from: '2025-12-11', to: '2026-06-10', completed: 4, medianDays: 3.5, meanDays: 3.3, withinPromisedShare: 0.75, ...over },
  previous: { from: '2025-06-12', to: '2025-12-10', completed: 2, medianDays: 7, meanDays: 7, withinPromisedShare: 0.5 },
  meanChange,
});

describe('handling times in plain words', () => {
  it('says the mean and the promise in one sentence', () => {
    expect(handlingHeadline(times())).toBe('近半年平均 3.3 个工作日办结，承诺 5 个');
    expect(handlingHeadline(times({}, null))).toBe('近半年平均 3.3 个工作日办结');
    expect(handlingHeadline(times({ meanDays: 0 }))).toBe('近半年平均 0 个工作日办结，承诺 5 个');
  });

  it('says nothing when nothing completed', () => {
    expect(handlingHeadline(times({ completed: 0, meanDays: null, medianDays: null, withinPromisedShare: null }))).toBeNull();
    expect(handlingDetails(times({ completed: 0, meanDays: null, medianDays: null, withinPromisedShare: null }))).toBeNull();
  });

  it('gives the count, median, share within the promise and the change', () => {
    expect(handlingDetails(times())).toBe('共办结 4 件，一半在 3.5 个工作日内办结，75% 在承诺时限内办结，平均用时比前半年缩短 52.9%。');
    expect(handlingDetails(times({ withinPromisedShare: null }, null, null))).toBe('共办结 4 件，一半在 3.5 个工作日内办结。');
  });

  it('words a change either way, or none', () => {
    expect(changeWords(0.25)).toBe('比前半年延长 25%');
    expect(changeWords(0, '上年同期')).toBe('与上年同期持平');
    expect(changeWords(null)).toBeNull();
  });
});
