// Demo home-feed entries for a fictional county bureau (清溪县交通运输局), for the kinds that have no
// pages of their own yet (notices, services, budgets, consultations). Published policies and projects
// add their own entries.
import type { FeedDoc } from '#types/models/feed';

const at = (iso: string): Date => new Date(`${iso}+08:00`);

export const DEMO_FEED: FeedDoc[] = [
  { _id: 'demo-feed-01', kind: 'notice', refId: 'demo-notice-01', title: 'G235 清溪段路面改造：11月30日起夜间半幅通行', summary: '每晚22点至次日6点只开一条车道，请绕行县道X012，白天正常通行。', publishedAt: at('2026-11-27T09:00:00') },
  { _id: 'demo-feed-04', kind: 'consultation', refId: 'demo-consultation-01', title: '县城公交3路、5路线路调整方案征求意见', summary: '拟延伸至县人民医院新院区，12月28日前都可以提意见。', publishedAt: at('2026-11-22T09:00:00') },
  { _id: 'demo-feed-05', kind: 'service', refId: 'demo-service-01', title: '网约车驾驶员证怎么办：材料清单和办理时限', summary: '带身份证、驾驶证、无犯罪记录证明，考试合格后20个工作日内发证。', publishedAt: at('2026-11-20T11:00:00') },
  { _id: 'demo-feed-07', kind: 'budget', refId: 'demo-budget-01', title: '2026年县交通运输局部门预算公开', summary: '全年预算 1.86 亿元，其中农村公路建设和养护占 62%，用图表说明每一笔去向。', publishedAt: at('2026-11-15T09:30:00') },
  { _id: 'demo-feed-09', kind: 'notice', refId: 'demo-notice-02', title: '冬季道路结冰预警：山区线路客运班车临时调整', summary: '遇路面结冰，清溪—石门、清溪—岭口班车暂停，恢复时间另行通知。', publishedAt: at('2026-11-10T07:30:00') },
  { _id: 'demo-feed-11', kind: 'service', refId: 'demo-service-02', title: '道路运输证年审：线上提交、窗口当场办结', summary: '准备行驶证、营运车辆综合性能检测报告，材料齐全当场办结，不收费。', publishedAt: at('2026-11-03T09:00:00') },
  { _id: 'demo-feed-12', kind: 'notice', refId: 'demo-notice-03', title: '县城至高铁站公交专线开通，票价 2 元', summary: '首班 6:30、末班 21:30，每 20 分钟一班，支持微信乘车码和老年卡。', publishedAt: at('2026-10-30T08:00:00') },
  { _id: 'demo-feed-13', kind: 'budget', refId: 'demo-budget-02', title: '2025年度部门决算：钱花在了哪里', summary: '全年支出 1.71 亿元，比预算少 4%，结余资金已按规定上缴。', publishedAt: at('2026-10-26T10:00:00') },
  { _id: 'demo-feed-16', kind: 'consultation', refId: 'demo-consultation-02', title: '意见征集结果：农村客运站改造采纳了哪些建议', summary: '共收到 137 条意见，采纳 41 条、部分采纳 18 条，未采纳的逐条说明理由。', publishedAt: at('2026-10-12T10:00:00') },
];
