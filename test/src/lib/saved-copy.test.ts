// A page opened once can be read again when the network fails, marked as saved; a definite answer is
// never covered up by an old copy; the phone keeps a bounded number of pages.
import type { Result } from '#types/result';
import { SAVED_MAX, forgetSavedCopies, withSavedCopy } from '@/lib/saved-copy';

const ok = <T>(data: T): Promise<Result<T>> => Promise.resolve({ ok: true, data });
const noAnswer: Promise<Result<never>> = Promise.resolve({ ok: false, code: 'INTERNAL', message: '网络不给力，请检查网络后重试' });

beforeEach(() => window.localStorage.clear());

describe('withSavedCopy', () => {
  it('answers from the network when it can, and from the saved copy, with when it was saved, when it cannot', async () => {
    jest.useFakeTimers({ now: new Date('2026-06-10T02:00:00Z') });
    try {
      expect(await withSavedCopy('policy:a', () => ok({ title: '农村公路条例' }))).toEqual({ ok: true, data: { title: '农村公路条例' } });
      jest.setSystemTime(new Date('2026-06-12T02:00:00Z'));
      expect(await withSavedCopy('policy:a', () => noAnswer)).toEqual({ ok: true, data: { title: '农村公路条例' }, savedAt: Date.parse('2026-06-10T02:00:00Z') });
    } finally {
      jest.useRealTimers();
    }
  });

  it('passes a definite answer (withdrawn, not found) and a failure with nothing saved through unchanged', async () => {
    await withSavedCopy('policy:b', () => ok({ title: '旧政策' }));
    const gone: Result<never> = { ok: false, code: 'NOT_FOUND', message: '内容不存在或已删除' };
    expect(await withSavedCopy('policy:b', () => Promise.resolve(gone))).toEqual(gone);
    expect(await withSavedCopy('policy:never-opened', () => noAnswer)).toEqual(await noAnswer);
  });

  it('forgets a page once a definite answer came, so a later failure shows no old copy', async () => {
    await withSavedCopy('project:gone', () => ok({ name: '已删除的项目' }));
    const gone: Result<never> = { ok: false, code: 'NOT_FOUND', message: '内容不存在或已删除' };
    await withSavedCopy('project:gone', () => Promise.resolve(gone));
    expect(await withSavedCopy('project:gone', () => noAnswer)).toMatchObject({ ok: false, code: 'INTERNAL' });
  });

  it('forgets the older copy when the newer answer is too large to keep, and forgets all on a change of person', async () => {
    await withSavedCopy('policy:grew', () => ok({ body: '旧' }));
    await withSavedCopy('policy:grew', () => ok({ body: '新'.repeat(120_000) }));
    expect(await withSavedCopy('policy:grew', () => noAnswer)).toMatchObject({ ok: false });
    await withSavedCopy('service:mine', () => ok({ myRating: 5 }));
    forgetSavedCopies();
    expect(await withSavedCopy('service:mine', () => noAnswer)).toMatchObject({ ok: false });
    expect(window.localStorage.length).toBe(0);
  });

  it('keeps the most recently opened pages, dropping the oldest, and skips a page too large to keep', async () => {
    for (let i = 0; i <= SAVED_MAX; i += 1) await withSavedCopy(`project:${i}`, () => ok({ i }));
    expect(await withSavedCopy('project:0', () => noAnswer)).toMatchObject({ ok: false });
    expect(await withSavedCopy(`project:${SAVED_MAX}`, () => noAnswer)).toMatchObject({ ok: true, data: { i: SAVED_MAX } });
    await withSavedCopy('policy:huge', () => ok({ body: '字'.repeat(120_000) }));
    expect(await withSavedCopy('policy:huge', () => noAnswer)).toMatchObject({ ok: false });
  });
});
