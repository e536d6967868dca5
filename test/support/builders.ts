// Fixture builders: documents as the product stores them, with overridable fields.
import type { FeedDoc } from '#types/models/feed';
import type { StaffDoc } from '#types/models/staff';
import { openidOf } from '../../emulator/gateway/personas';
import { TEST_START } from './test-start';

/** The Beijing calendar day `days` after the day product tests start on. */
const dayAfterStart = (days: number): string => new Date(Date.parse(TEST_START) + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

let sequence = 0;

export function feedDoc(overrides: Partial<FeedDoc> = {}): FeedDoc {
  sequence += 1;
  return {
    _id: `feed-${String(sequence).padStart(5, '0')}`,
    kind: 'policy',
    refId: `ref-${sequence}`,
    title: `示例政策 ${sequence}`,
    summary: '一句话说明这条政策和你有什么关系。',
    publishedAt: new Date(Date.UTC(2026, 0, 1) + sequence * 60_000),
    ...overrides,
  };
}

export function staffDoc(persona: 'editor' | 'reviewer' | 'admin', overrides: Partial<StaffDoc> = {}): StaffDoc {
  const at = new Date('2026-01-01T00:00:00Z');
  return { _id: openidOf(persona), name: persona, roles: [persona], createdAt: at, updatedAt: at, ...overrides };
}

let inputSequence = 0;

/** A policy as staff or the importer send it. */
export function policyInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  inputSequence += 1;
  return {
    title: `农村公路养护办法（试行）${inputSequence}`,
    docNumber: `清交〔2026〕${inputSequence}号`,
    issuer: '清溪县交通运输局',
    level: 'county',
    category: 'rural_road',
    tags: ['养护'],
    issuedAt: '2026-03-01',
    summary: '讲清楚村道坏了找谁修、多久修好。',
    body: { format: 'text', source: '第一章 总则\n第一条 为了加强农村公路养护，制定本办法。\n第二条 村道由村民委员会负责日常养护。' },
    explainer: { keyPoints: ['县道县管、乡道乡管、村道村管'], changesForYou: ['发现坑洼可以在小程序反映'] },
    ...overrides,
  };
}

export function qaInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  inputSequence += 1;
  return { topic: 'rural_road', question: `村道坏了找谁修？${inputSequence}`, answer: '村道由村民委员会负责日常养护，乡镇负责监督。', ...overrides };
}

export function termInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  inputSequence += 1;
  return { term: `超限运输${inputSequence}`, aliases: ['超载'], plain: '车辆的尺寸或重量超过公路允许的标准。', ...overrides };
}

export function projectInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  inputSequence += 1;
  return {
    name: `清溪大桥危桥改造工程${inputSequence}`,
    type: 'bridge',
    township: '城关镇',
    location: 'X012 线 K3+200',
    owner: '清溪县交通运输局',
    builder: '江南路桥建设有限公司',
    supervisor: '清溪工程监理公司',
    startAt: '2025-03-01',
    plannedEndAt: '2027-03-31',
    status: 'under_construction',
    summary: '拆除重建危桥，期间走临时便桥。',
    investment: [{ year: 2025, planned: 1200, completed: 1100 }, { year: 2026, planned: 1800, completed: 900 }],
    milestones: [
      { name: '下部结构', weight: 40, percent: 100, plannedAt: '2025-10-31', actualAt: '2025-11-20' },
      { name: '上部结构', weight: 40, percent: 50, plannedAt: '2026-08-31', actualAt: null },
      { name: '桥面及附属', weight: 20, percent: 0, plannedAt: '2027-02-28', actualAt: null },
    ],
    disclosures: [
      { category: 'approval_result', title: '初步设计批复', formedAt: '2024-12-02', disclosedAt: '2024-12-10' },
      { category: 'bidding', title: '施工招标中标结果', formedAt: '2025-01-20', disclosedAt: '2025-03-10' },
      { category: 'quality_safety', title: '2026年第三季度质量检查', formedAt: '2026-09-25', disclosedAt: null },
    ],
    ...overrides,
  };
}

/** A notice as staff compose it: a county-wide road closure starting tomorrow. */
export function noticeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  inputSequence += 1;
  return {
    kind: 'closure',
    title: `S205清溪段封闭施工${inputSequence}`.slice(0, 20),
    body: '12月1日起S205清溪段半幅封闭，请绕行X012线。',
    township: '城关镇',
    village: null,
    validFrom: dayAfterStart(1),
    validTo: null,
    related: null,
    audience: 'topic',
    sendAt: null,
    ...overrides,
  };
}

/** A subscriber's stored preferences: long-term consent to notices, immediate delivery. */
export function prefsDoc(openid: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const at = new Date(TEST_START);
  return {
    _id: openid,
    topics: ['closure', 'bus', 'policy', 'project', 'consultation'],
    areas: [],
    townships: [],
    allAreas: true,
    mode: 'immediate',
    consents: { notice: { type: 'long', accepted: true, remaining: 0, at }, digest: { type: 'long', accepted: true, remaining: 0, at } },
    updatedAt: at,
    ...overrides,
  };
}

/** A complete service guide as staff write it. */
export function serviceInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  inputSequence += 1;
  return {
    name: `网络预约出租汽车驾驶员证核发${inputSequence}`,
    kind: 'licensing',
    lifeEvents: ['开网约车'],
    summary: '想开网约车，先考证：考试通过后来窗口领证。',
    basis: '《网络预约出租汽车经营服务管理暂行办法》第十四条',
    eligibility: '取得相应准驾车型机动车驾驶证并具有 3 年以上驾驶经历；无交通肇事犯罪等记录。',
    materials: [
      { name: '身份证', note: '原件', required: true },
      { name: '机动车驾驶证', note: '原件', required: true },
    ],
    steps: [
      { title: '报名考试', detail: '在“网约车考试”平台报名' },
      { title: '领取证件', detail: '考试合格后到窗口领取' },
    ],
    statutoryDays: 20,
    promisedDays: 5,
    fees: '不收费',
    places: [{ name: '县政务服务中心交通窗口', address: '清溪县城关镇人民路 8 号', hours: '工作日 9:00-17:00', phone: '0571-12345678' }],
    hotline: '12328',
    onlineUrl: null,
    ...overrides,
  };
}

/** A draft for comment, open from today for 30 days. */
export function consultationInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const today = new Date(dayAfterStart(0));
  const later = new Date(dayAfterStart(30));
  return {
    title: '清溪县农村公路养护管理办法（征求意见稿）',
    summary: '想听听大家对村道养护分工和资金的意见。',
    sections: [
      { heading: '第一章 总则', text: '农村公路养护实行县道县管、乡道乡管、村道村管。' },
      { heading: '第二章 养护资金', text: '县财政按每公里每年不低于 1 万元安排村道养护资金。' },
    ],
    attachments: [],
    opensAt: today.toISOString().slice(0, 10),
    closesAt: later.toISOString().slice(0, 10),
    shortReason: '',
    ...overrides,
  };
}
