import { checkForm, toContent, toForm } from '@/features/staff-content/form-model';

describe('staff forms for the guide, the bureau and proposal replies', () => {
  it('turns the guide’s “## heading” parts and phone lines into content, and back', () => {
    const form = { intro: '依据条例编制。', sections: '## 申请方式\n在线或当面申请。\n\n## 救济途径\n可以申请行政复议。', address: '人民路 8 号', hours: '工作日', phones: '依申请公开受理|0571-65123301\n热线|12328', email: '' };
    const content = toContent('guide', form) as Record<string, unknown>;
    expect(content).toMatchObject({
      sections: [{ heading: '申请方式', text: '在线或当面申请。' }, { heading: '救济途径', text: '可以申请行政复议。' }],
      phones: [{ label: '依申请公开受理', number: '0571-65123301' }, { label: '热线', number: '12328' }],
    });
    expect(toForm('guide', content)).toEqual(form);
    expect(checkForm('guide', form)).toBeNull();
    expect(checkForm('guide', { ...form, phones: '热线|1232-8' })).toBe('「电话号码（第 1 项）」不是能拨打的电话号码，请填手机号、带区号的固定电话（如 0571-88886666）或 12328 这样的服务号码');
  });

  it('reads the bureau’s bodies and leaders a line each, a body’s phone optional', () => {
    const form = { name: '清溪县交通运输局', functions: '负责公路建设。', bodies: '办公室|日常运转|0571-65123300\n安全应急科|安全生产|', leaders: '周明远|局长|主持全面工作', address: '人民路 8 号', hours: '工作日', phones: '办公室|0571-65123300' };
    const content = toContent('bureau', form) as Record<string, unknown>;
    expect(content.bodies).toEqual([{ name: '办公室', duties: '日常运转', phone: '0571-65123300' }, { name: '安全应急科', duties: '安全生产', phone: '' }]);
    expect(toForm('bureau', content)).toEqual(form);
    expect(checkForm('bureau', form)).toBeNull();
    expect(checkForm('bureau', { ...form, leaders: '' })).toBe('「领导」不能为空');
  });

  it('takes a proposal reply’s year as a number and its reply document from the files', () => {
    const form = { number: '建议第12号', title: '关于增开公交班次的建议', proposerType: 'deputy', year: '2026', session: '', replySummary: '已增开。', repliedAt: '2026-06-20' };
    const files = { attachments: [{ name: '答复函.pdf', fileId: 'cloud://env.bucket/staff/o-editor/reply.pdf' }], images: [] };
    expect(toContent('proposal', form, files)).toMatchObject({ year: 2026, attachments: files.attachments });
    expect(checkForm('proposal', { ...form, year: '' })).toBe('「年度」应为数字');
    expect(toForm('proposal', toContent('proposal', form) as Record<string, unknown>)).toEqual(form);
  });
});
