// A guide's basis policies in the editor: one policy id per line, kept through a save and a reload.
import { serviceContent, serviceForm } from '@/features/staff-content/service-form';
import { serviceInput } from '#types/api/content-input';
import * as v from 'valibot';

const form: Record<string, string> = {
  name: '网约车驾驶员证核发', kind: 'licensing', summary: '考试通过后来窗口领证。', basis: '《网络预约出租汽车经营服务管理暂行办法》',
  basisPolicyIds: ' policy-2026-ride-hailing \n\npolicy-2025-taxi\n', eligibility: '', fees: '不收费', hotline: '12328', lifeEvents: '', materials: '', steps: '', places: '', statutoryDays: '', promisedDays: '', onlineUrl: '',
};

describe('a guide’s basis policies', () => {
  it('are read one per line, pass the shared schema, and come back as lines', () => {
    const content = serviceContent((name) => form[name] ?? '') as Record<string, unknown>;
    expect(content.basisPolicyIds).toEqual(['policy-2026-ride-hailing', 'policy-2025-taxi']);
    expect(v.parse(serviceInput, content).basisPolicyIds).toEqual(['policy-2026-ride-hailing', 'policy-2025-taxi']);
    expect(serviceForm(content, (x) => (x === null || x === undefined ? '' : String(x))).basisPolicyIds).toBe('policy-2026-ride-hailing\npolicy-2025-taxi');
  });

  it('refuses an id that is not a policy id, and defaults to none on older guides', () => {
    const bad = serviceContent((name) => (name === 'basisPolicyIds' ? '《某办法》' : (form[name] ?? ''))) as Record<string, unknown>;
    expect(v.safeParse(serviceInput, bad).success).toBe(false);
    const { basisPolicyIds: _omitted, ...older } = serviceContent((name) => form[name] ?? '') as Record<string, unknown>;
    expect(v.parse(serviceInput, older).basisPolicyIds).toEqual([]);
  });
});
