// Valid staff input for the guide, the bureau and proposal replies, with overrides.

export function guideInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    intro: '本指南依据《中华人民共和国政府信息公开条例》编制，说明向本局申请获取政府信息的方式。',
    sections: [
      { heading: '申请方式', text: '可以当面、信函或在小程序“申请公开”中提出申请。' },
      { heading: '处理期限', text: '收到申请之日起 20 个工作日内答复；需要延长的，延长不超过 20 个工作日。' },
      { heading: '救济途径', text: '认为侵犯合法权益的，可以依法申请行政复议或者提起行政诉讼。' },
    ],
    address: '清溪县城关镇人民路 8 号交通运输局一楼服务窗口',
    hours: '工作日 8:30—12:00，14:30—17:30',
    phones: [{ label: '依申请公开受理', number: '0571-88886666' }, { label: '交通服务热线', number: '12328' }],
    email: 'gk@example.org',
    ...overrides,
  };
}

export function bureauInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '清溪县交通运输局',
    functions: '负责全县公路、水路交通运输行业管理。\n负责农村公路建设和养护管理。',
    bodies: [
      { name: '办公室', duties: '负责机关日常运转和政务公开。', phone: '0571-88886601' },
      { name: '综合规划科', duties: '负责交通规划和项目前期工作。', phone: '' },
    ],
    leaders: [
      { name: '王清', post: '局长', duties: '主持全面工作。' },
      { name: '陈溪', post: '副局长', duties: '分管公路建设和养护。' },
    ],
    address: '清溪县城关镇人民路 8 号',
    hours: '工作日 8:30—12:00，14:30—17:30',
    phones: [{ label: '办公室', number: '0571 88886601' }, { label: '投诉电话', number: '13800001111' }],
    ...overrides,
  };
}

export function proposalInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    number: '建议第12号',
    title: '关于增开城乡公交班次的建议',
    proposerType: 'deputy',
    year: 2026,
    session: '县十八届人大五次会议',
    replySummary: '已于 2026 年 5 月起将 3 路城乡公交班次由每日 8 班增加到 12 班。',
    repliedAt: '2026-06-20',
    ...overrides,
  };
}
