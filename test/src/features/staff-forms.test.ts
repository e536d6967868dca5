import { checkForm, toContent, toForm } from '@/features/staff-content/form-model';

describe('staff forms for service guides and consultations', () => {
  it('turns a guide’s lines into materials, steps and places, and back', () => {
    const form = {
      name: '道路货物运输经营许可', kind: 'licensing', summary: '跑货运先办许可。', lifeEvents: '跑货运、开物流公司', basis: '道路运输条例', eligibility: '有车有人',
      materials: '身份证|原件|必需\n车辆行驶证||选填', steps: '提交|窗口或网上\n领证', statutoryDays: '20', promisedDays: '5', fees: '不收费',
      places: '政务中心交通窗口|人民路 8 号|工作日|0571-1234', hotline: '12328', onlineUrl: '',
    };
    const content = toContent('service', form) as Record<string, unknown>;
    expect(content).toMatchObject({
      lifeEvents: ['跑货运', '开物流公司'],
      materials: [{ name: '身份证', note: '原件', required: true }, { name: '车辆行驶证', note: '', required: false }],
      steps: [{ title: '提交', detail: '窗口或网上' }, { title: '领证', detail: '' }],
      statutoryDays: 20, promisedDays: 5, onlineUrl: null,
    });
    expect(toForm('service', content)).toMatchObject({ materials: form.materials, lifeEvents: '跑货运、开物流公司' });
    expect(checkForm('service', { ...form, promisedDays: '30' })).toBe('承诺时限不能长于法定时限');
  });

  it('splits a consultation draft into parts at each “## heading”', () => {
    const form = { title: '养护办法（征求意见稿）', summary: '请提意见。', sections: '## 第一章 总则\n第一条……\n\n## 第二章 资金\n第九条……', opensAt: '2026-12-01', closesAt: '2026-12-31', shortReason: '' };
    expect((toContent('consultation', form) as { sections: unknown }).sections).toEqual([
      { heading: '第一章 总则', text: '第一条……' },
      { heading: '第二章 资金', text: '第九条……' },
    ]);
    expect(checkForm('consultation', { ...form, closesAt: '2026-12-10' })).toBe('征求意见一般不少于 30 天；少于 30 天请写明理由');
  });
});
