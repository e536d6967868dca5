import { AUDIT_COLLECTION } from '#types/models/audit';
import { STAFF_COLLECTION } from '#types/models/staff';
import { openidOf } from '../../emulator/gateway/personas';
import { PERSONA_KEYS, type ProductCloud, startProductCloud } from '../support/product-cloud';

let cloud: ProductCloud;

beforeAll(async () => {
  cloud = await startProductCloud();
});
afterAll(() => cloud.emulator.stop());

const grant = { openid: 'o-new-colleague', name: '王编辑', roles: ['editor'] };

describe('who may call staff actions', () => {
  const nonAdmins = PERSONA_KEYS.filter((p) => p !== 'admin');
  it.each(nonAdmins)('refuses %s every staff action', async (persona) => {
    const expected = persona === 'anonymous' ? 'UNAUTHENTICATED' : 'PERMISSION_DENIED';
    expect(await cloud.call('staff', 'listStaff', {}, persona)).toMatchObject({ ok: false, code: expected });
    expect(await cloud.call('staff', 'setRoles', grant, persona)).toMatchObject({ ok: false, code: expected });
    const stored = await cloud.db.collection(STAFF_COLLECTION).where({ _id: grant.openid }).count();
    expect(stored.total).toBe(0);
  });
});

describe('staff.setRoles', () => {
  it('lets an admin grant roles, idempotently, and records it in the audit log', async () => {
    const first = await cloud.call('staff', 'setRoles', grant, 'admin');
    const again = await cloud.call('staff', 'setRoles', grant, 'admin');
    expect(first).toMatchObject({ ok: true, data: { openid: grant.openid, name: '王编辑', roles: ['editor'] } });
    expect(again).toMatchObject({ ok: true });
    const list = await cloud.call<{ items: { openid: string }[] }>('staff', 'listStaff', {}, 'admin');
    expect(list.ok && list.data.items.filter((m) => m.openid === grant.openid)).toHaveLength(1);
    const audit = await cloud.db.collection(AUDIT_COLLECTION).where({ targetId: grant.openid }).get();
    expect(audit.data[0]).toMatchObject({ actor: openidOf('admin'), action: 'staff.setRoles', before: null, after: { roles: ['editor'] } });
  });

  it('removes a person from staff when given no roles', async () => {
    await cloud.call('staff', 'setRoles', grant, 'admin');
    expect(await cloud.call('staff', 'setRoles', { ...grant, roles: [] }, 'admin')).toEqual({ ok: true, data: null });
    expect((await cloud.db.collection(STAFF_COLLECTION).where({ _id: grant.openid }).count()).total).toBe(0);
  });

  it('does not let an admin change their own roles', async () => {
    const res = await cloud.call('staff', 'setRoles', { openid: openidOf('admin'), name: 'admin', roles: [] }, 'admin');
    expect(res).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
    expect((await cloud.db.collection(STAFF_COLLECTION).doc(openidOf('admin')).get()).data.roles).toEqual(['admin']);
  });

  it.each([
    [{ ...grant, roles: ['superuser'] }, '「roles[0]」的取值不在允许范围内'],
    [{ ...grant, name: '' }, '「name」不能为空'],
    [{ ...grant, openid: 'bad id!' }, '「openid」格式不正确'],
    [{ ...grant, admin: true }, '不认识的字段「admin」'],
    [{ openid: grant.openid }, '缺少字段「name」'],
  ])('rejects %j with INVALID_ARGUMENT', async (payload, message) => {
    expect(await cloud.call('staff', 'setRoles', payload, 'admin')).toEqual({ ok: false, code: 'INVALID_ARGUMENT', message });
  });

  it('rejects unknown fields on listStaff', async () => {
    expect(await cloud.call('staff', 'listStaff', { page: 2 }, 'admin')).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
  });
});
