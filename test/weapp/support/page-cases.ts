// Every page of the app with what opens it on the demo data (query, persona) and the text that shows it
// rendered real content: shared by the page test and the render bench.
import { busRouteId } from '../../../cloudfunctions/_shared/bus/bus-route-id';
import type { PersonaKey, ProductCloud } from '../../support/product-cloud';

export interface PageCase {
  /** Query string, given ids only known once the demo data is in. */
  query?: (ids: DemoIds) => string;
  as?: PersonaKey;
  shows: string[];
}

export interface DemoIds {
  noticeId: string;
}

const POLICY = 'policy-x-county-rural-road-2026';
const CONSULTATION = 'consultation-x-rural-road-maintenance-2026';
/** 清交执罚〔2026〕061号 (scripts/demo/decisions): its id is derived from kind and decision number. */
const DEMO_DECISION = 'penalty-3ef12648a81ff1d218674b3e';

export const PAGES: Record<string, PageCase> = {
  'pages/index/index': { shows: ['最新公开', '政策文件', 'G235清溪段夜间半幅封闭'] },
  'pages/mine/index': { shows: ['长辈模式', '我的提问', '通知设置'] },
  'pages/policies/index': { shows: ['清溪县治理货车超限超载工作方案', '现行有效'] },
  'pages/policy/index': { query: () => `id=${POLICY}`, shows: ['清溪县农村公路养护管理办法（2026年修订）', '一句话看懂', '新旧政策对比', '朗读解读'] },
  'pages/search/index': { query: () => `q=${encodeURIComponent('修路')}`, shows: ['G235清溪段路面改造工程'] },
  'pages/qa/index': { shows: ['开网约车需要办哪些证'] },
  'pages/glossary/index': { shows: ['超限运输', '也叫'] },
  'pages/projects/index': { shows: ['G235清溪段路面改造工程', '清溪大桥危桥改造'] },
  'pages/project/index': { query: () => 'id=project-x-g235-upgrade', shows: ['G235清溪段路面改造工程', '进度节点', '江南路桥建设有限公司'] },
  'more/ask/index': { shows: ['想问什么、想反映什么', '提交', '事项办结 1 年后'] },
  'more/my-cases/index': { shows: ['还没有提过问题'] },
  'pages/notices/index': { shows: ['G235清溪段夜间半幅封闭', '3路公交改走新建枢纽'] },
  'pages/notice/index': { query: (ids) => `id=${ids.noticeId}`, shows: ['G235清溪段夜间半幅封闭', '影响范围', '朗读这条通知'] },
  'more/notice-settings/index': { shows: ['想收到哪些通知', '先选乡镇，再点村名', '开启微信提醒'] },
  'more/services/index': { shows: ['我想办…', '农村公路路况问题报修'] },
  'more/service/index': { query: () => 'id=service-x-passenger-licence', shows: ['道路旅客运输经营许可', '要带的材料'] },
  'more/budgets/index': { shows: ['支出合计', '交通运输支出'] },
  'more/consultations/index': { shows: ['清溪县农村公路养护管理办法（征求意见稿）'] },
  'more/consultation/index': { query: () => `id=${CONSULTATION}`, shows: ['第一章 总则', '征求意见时间'] },
  'more/my-comments/index': { shows: ['还没有提过意见'] },
  'more/disclosure/index': { shows: ['政府信息公开条例', '提交申请', '申请办结 3 年后会自动删除'] },
  'more/answers/index': { shows: ['群众提问办理情况', '答复公开'] },
  'more/my-data/index': { shows: ['与你的微信账号关联的全部信息', '我的提问和申请', '复制全部'] },
  'staff/poster/index': { as: 'editor', shows: ['海报内容', '生成海报'] },
  'staff/poster-scans/index': { as: 'editor', shows: ['制作海报', '还没有制作过海报'] },
  'staff/liaison/index': { as: 'liaison', shows: ['我负责的村：', '拍照确认'] },
  'more/poster/index': { shows: ['没有识别出海报编号，请重新扫码'] },
  'staff/freshness/index': { as: 'admin', shows: ['群众关心什么', '更新期限与内容健康', '还没有检查过：定时任务每 15 分钟检查一次，请稍后再看'] },
  'staff/sms-links/index': { as: 'editor', query: (ids) => `refId=${ids.noticeId}`, shows: ['选择要群发的区域', '生成短信和链接', '全县', '还没有为这条内容生成过短信链接'] },
  'more/broadcast/index': { query: (ids) => `id=${ids.noticeId}`, shows: ['村民朋友们请注意，现在播送清溪县交通运输局的', '再播送一遍', '复制广播稿', '试听'] },
  'staff/team/index': { as: 'admin', shows: ['工作人员（4）', '添加或修改角色', '个人信息保存期限（天）', '查看完整个人信息的记录'] },
  'staff/content/index': { as: 'editor', shows: ['新建政策', '已发布'] },
  'staff/edit/index': { as: 'editor', query: () => `kind=policy&targetId=${POLICY}`, shows: ['修订政策', '保存并提交审核'] },
  'staff/review/index': { as: 'reviewer', query: () => 'revisionId=demo-notice-1', shows: ['G235清溪段夜间半幅封闭', '撤回已发布内容'] },
  'staff/cases/index': { as: 'editor', shows: ['答复期限', '没有待办的提问'] },
  'staff/notices/index': { as: 'editor', shows: ['石门村通村路铺油封路', '查看发送报告'] },
  'staff/service-gaps/index': { as: 'editor', shows: ['去补全'] },
  'staff/budget-import/index': { as: 'reviewer', shows: ['检查并导入'] },
  'staff/consultation/index': { as: 'editor', query: () => `id=${CONSULTATION}`, shows: ['公布采纳情况'] },
  'staff/calendar/index': { as: 'admin', shows: ['录入节假日安排'] },
  'staff/search-gaps/index': { as: 'editor', shows: ['群众搜了却没找到答案的问题'] },
  'staff/places/index': { as: 'admin', shows: ['新增乡镇', '石门乡', '已撤并：黄泥村'] },
  'about/guide/index': { shows: ['政府信息公开指南', '救济途径', '依申请公开受理：0571-65123301（点按拨打）'] },
  'about/catalogue/index': { shows: ['政策文件', '建议提案办理结果', '清溪县交通运输局机构信息'] },
  'about/bureau/index': { shows: ['清溪县交通运输局', '领导分工', '党组书记、局长 周明远'] },
  'about/proposals/index': { shows: ['关于加快石门乡危桥改造的提案', '2026年', '政协委员提案'] },
  'about/proposal/index': { query: () => 'id=proposal-x-2026-member-7', shows: ['关于加快石门乡危桥改造的提案', '办理结果', '提案第7号'] },
  'staff/bus-import/index': { as: 'editor', shows: ['检查并提交审核'] },
  'bus/lookup/index': { shows: ['先选乡镇', '石门乡'] },
  'bus/route/index': { query: () => `id=${busRouteId('城乡1路')}`, shows: ['县客运站 — 上坪', '拨打服务电话', '石门乡下坪村'] },
  'staff/decision-import/index': { as: 'admin', shows: ['检查并公示', '保密审查依据', '超期公示', '公示期限（管理员）'] },
  'open/decisions/index': { shows: ['行政许可', '清溪县安捷客运有限公司', '县内农村客运班线经营'] },
  'open/decision/index': { query: () => `id=${DEMO_DECISION}`, shows: ['清溪县顺达货运有限公司', '91431124MA4L2K8P3U', '《公路安全保护条例》第六十四条'] },
  'about/annual-report/index': { shows: ['还没有发布年度报告'] },
  'staff/annual-report/index': { as: 'editor', shows: ['法定发布期限', '三、收到和处理政府信息公开申请情况', '本年新收政府信息公开申请数量'] },
  'staff/handling/index': { as: 'editor', shows: ['检查并导入', '近一年受理的办件'] },
  'staff/work-summary/index': { as: 'editor', shows: ['主要内容', '实施成效', '存在问题', '改进措施', '保存'] },
};

/** Ids the demo data only has once it is in (notices are created through the staff workflow). */
export async function demoIds(cloud: ProductCloud): Promise<DemoIds> {
  // Found among the published notices in their indexed order: the local cloud refuses queries no declared index serves.
  const published = await cloud.db.collection('notices').where({ lifecycle: 'published' }).orderBy('publishedAt', 'desc').limit(100).get();
  const notice = (published.data as { _id: string; title: string }[]).find((n) => n.title === 'G235清溪段夜间半幅封闭');
  if (!notice) throw new Error('the demo data has no notice G235清溪段夜间半幅封闭');
  return { noticeId: notice._id };
}

export function pageUrl(route: string, ids: DemoIds): string {
  const query = PAGES[route]?.query?.(ids);
  return `/${route}${query ? `?${query}` : ''}`;
}
