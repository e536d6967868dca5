// The county's township and village list as data an admin edits: read by anyone, saved by admins
// only with clear reasons, every place choice checked against it, and a name in use never renamed or
// dropped (it is marked 已撤并 instead).
import type { TownshipView } from '#types/api/places';
import type { NoticePrefsView } from '#types/api/notice-views';
import type { StaffReminder } from '#types/api/holiday-calendar';
import { AUDIT_COLLECTION } from '#types/models/audit';
import { PLACE_COLLECTION } from '#types/models/place';
import { noticeInput } from '../support/builders';
import { type PersonaKey, type ProductCloud, startProductCloud } from '../support/product-cloud';
import { publish } from '../support/workflow-steps';

let cloud: ProductCloud;

beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());

const list = async (): Promise<TownshipView[]> => {
  // The public list may be a minute old on a warm instance.
  cloud.emulator.clock.advance(61_000);
  const res = await cloud.call<{ townships: TownshipView[] }>('public', 'listPlaces', {}, 'anonymous');
  if (!res.ok) throw new Error(res.message);
  return res.data.townships;
};
const township = async (name: string): Promise<TownshipView> => {
  const found = (await list()).find((t) => t.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};
const save = (input: Record<string, unknown>, as: PersonaKey = 'admin') => cloud.call<{ township: TownshipView }>('staff', 'savePlace', input, as);
const savePrefs = (areas: string[], as: PersonaKey = 'citizenA') => cloud.call<NoticePrefsView>('public', 'saveNoticePrefs', { topics: ['closure'], areas, mode: 'immediate' }, as);
const draftNotice = (content: Record<string, unknown>) =>
  cloud.call('staff', 'saveDraft', { revisionId: `place-${Math.random().toString(36).slice(2, 10)}`, kind: 'notice', content, changeNote: '' }, 'editor');

describe('reading the list', () => {
  it('gives anyone every township in order with its villages, merged ones marked', async () => {
    const all = await list();
    expect(all.map((t) => t.name)).toEqual(['城关镇', '石门乡', '岭口乡', '下洋镇', '大坪乡']);
    const shimen = all[1];
    expect(shimen?.villages).toContainEqual({ name: '石门村', retired: false });
    expect(shimen?.villages).toContainEqual({ name: '黄泥村', retired: true });
  });
});

describe('saving a township', () => {
  const fresh = { id: 'town-test-qingshan', name: '青山乡', order: 6, villages: [{ name: '青山村' }, { name: '塘背村' }] };

  it('is for admins only', async () => {
    for (const as of ['editor', 'reviewer', 'citizenA'] as const) expect(await save(fresh, as)).toMatchObject({ ok: false, code: 'PERMISSION_DENIED' });
    expect(await save(fresh, 'anonymous')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  const eightyOne = Array.from({ length: 81 }, (_, i) => ({ name: `第${'一二三四五六七八九十'[i % 10]}${'甲乙丙丁戊己庚辛壬'[Math.floor(i / 10)]}村` }));
  it.each([
    ['an empty name', { name: '' }, '「乡镇名称」至少 2 个字'],
    ['a name with a digit', { name: '青山乡2' }, '「乡镇名称」只能填汉字'],
    ['the whole county as a township', { name: '全县' }, '“全县”不是乡镇名称'],
    ['a long name', { name: '一个非常非常长的乡镇名称' }, '「乡镇名称」最多 10 个字'],
    ['a village in pinyin', { villages: [{ name: 'Qingshan' }] }, '「村名（第 1 项）」只能填汉字'],
    ['a long village name', { villages: [{ name: '青山村' }, { name: '一个名字很长的村子啊' }] }, '「村名（第 2 项）」最多 8 个字'],
    ['a village twice', { villages: [{ name: '青山村' }, { name: ' 青山村 ' }] }, '村名「青山村」重复了'],
    ['81 villages', { villages: eightyOne }, '「村（社区）」最多 80 项'],
    ['a negative order', { order: -1 }, '「排序」不能小于 0'],
    ['an unknown field', { villagers: [] }, '不认识的字段「villagers」'],
  ])('refuses %s with a reason naming the field', async (_what, override, message) => {
    const res = await save({ ...fresh, ...override });
    expect(res).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message });
  });

  it('refuses a second township of the same name', async () => {
    expect(await save({ ...fresh, id: 'town-test-dup', name: '城关镇' })).toMatchObject({ ok: false, code: 'ALREADY_EXISTS', message: '已有名为「城关镇」的乡镇' });
  });

  it('keeps one township when two admins add the same new name at once (the unique index on the name)', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, n) => save({ ...fresh, id: `town-race-${n}`, name: '同名乡' })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ code: 'ALREADY_EXISTS', message: '已有名为「同名乡」的乡镇' });
    expect((await list()).filter((t) => t.name === '同名乡')).toHaveLength(1);
  });

  it('adds a township idempotently, audited, and lists it', async () => {
    const first = await save(fresh);
    expect(first).toMatchObject({ ok: true, data: { township: { id: fresh.id, name: '青山乡', retired: false, villages: [{ name: '青山村', retired: false }, { name: '塘背村', retired: false }] } } });
    expect(await save(fresh)).toMatchObject({ ok: true });
    expect((await list()).filter((t) => t.name === '青山乡')).toHaveLength(1);
    const audit = await cloud.db.collection(AUDIT_COLLECTION).where({ action: 'place.save', targetId: fresh.id }).get();
    expect(audit.data.length).toBe(2);
    expect(audit.data[0]).toMatchObject({ actor: 'o-local-admin', before: null });
  });

  it('renames a place nothing uses, and drops a village nothing uses', async () => {
    const res = await save({ ...fresh, name: '青山镇', villages: [{ name: '青山村' }] });
    expect(res.ok).toBe(true);
    expect((await township('青山镇')).villages).toEqual([{ name: '青山村', retired: false }]);
  });
});

describe('places in use', () => {
  it('keeps a township or village that people chose or a notice names: it can be marked 已撤并, not renamed or dropped', async () => {
    expect(await savePrefs(['下洋镇/洋头村'])).toMatchObject({ ok: true });
    await publish(cloud, 'notice', noticeInput({ township: '下洋镇', village: '湖边村' }));
    const xiayang = await township('下洋镇');
    const { id, name, order, villages } = xiayang;

    const renamed = await save({ id, name: '下洋乡', order, villages });
    expect(renamed).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
    expect(!renamed.ok && renamed.message).toContain('「下洋镇」已有 1 位群众的通知设置、1 条通知在用，不能改名或删除；如已撤并，请标为“已撤并”');
    const dropped = await save({ id, name, order, villages: villages.filter((v) => v.name !== '湖边村') });
    expect(!dropped.ok && dropped.message).toContain('「下洋镇湖边村」已有 1 条通知在用');
    const droppedChosen = await save({ id, name, order, villages: villages.filter((v) => v.name !== '洋头村') });
    expect(!droppedChosen.ok && droppedChosen.message).toContain('「下洋镇洋头村」已有 1 位群众的通知设置在用');

    // Merged into 下洋村: kept, marked, and still valid for the person who chose it.
    const merged = await save({ id, name, order, villages: villages.map((v) => (v.name === '洋头村' ? { ...v, retired: true } : v)) });
    expect(merged).toMatchObject({ ok: true });
    expect((await township('下洋镇')).villages).toContainEqual({ name: '洋头村', retired: true });
    expect(await savePrefs(['下洋镇/洋头村', '城关镇'])).toMatchObject({ ok: true, data: { areas: ['下洋镇/洋头村', '城关镇'] } });
  });
});

describe('choosing a place', () => {
  it('takes only areas on the list in 通知设置, with a reason', async () => {
    expect(await savePrefs(["石门乡", "石门乡/上坪村"])).toMatchObject({ ok: true, data: { areas: ['石门乡', '石门乡/上坪村'] } });
    expect(await savePrefs(['石门'])).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '「石门」不在本县的乡镇名单里，请从名单中选择' });
    expect(await savePrefs(['石门乡/石门镇村'])).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '「石门乡」没有「石门镇村」，请从名单中选择' });
    // A village under the wrong township is as wrong as a misspelt one.
    expect(await savePrefs(['城关镇/石门村'])).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '「城关镇」没有「石门村」，请从名单中选择' });
    const prefs = await cloud.call<NoticePrefsView>('public', 'getNoticePrefs', {}, 'citizenA');
    expect(prefs.ok && prefs.data.areas).toEqual(['石门乡', '石门乡/上坪村']);
  });

  it('takes only a township and village on the list for a notice', async () => {
    expect(await draftNotice(noticeInput({ township: '石门乡', village: '枫树村' }))).toMatchObject({ ok: true });
    expect(await draftNotice(noticeInput({ township: null, village: null }))).toMatchObject({ ok: true });
    expect(await draftNotice(noticeInput({ township: '石门镇', village: null }))).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '「石门镇」不在本县的乡镇名单里，请从名单中选择' });
    expect(await draftNotice(noticeInput({ township: '石门乡', village: '园前村' }))).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '「石门乡」没有「园前村」，请从名单中选择' });
  });
});

describe('a deployment without a list', () => {
  it('tells staff to enter one, and takes no place until then', async () => {
    const reminders = async (): Promise<string[]> => {
      const res = await cloud.call<{ items: StaffReminder[] }>('staff', 'listStaffReminders', {}, 'editor');
      if (!res.ok) throw new Error(res.message);
      return res.data.items.map((r) => r.key);
    };
    expect(await reminders()).not.toContain('places-empty');
    const ids = [...(cloud.emulator.store.documents(PLACE_COLLECTION)?.keys() ?? [])];
    cloud.emulator.store.apply(ids.map((id) => ({ kind: 'delete' as const, collection: PLACE_COLLECTION, id })));
    expect(await reminders()).toContain('places-empty');
    expect(await savePrefs(['城关镇'], 'citizenB')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT', message: '「城关镇」不在本县的乡镇名单里，请从名单中选择' });
    expect(await savePrefs([], 'citizenB')).toMatchObject({ ok: true });
  });
});
