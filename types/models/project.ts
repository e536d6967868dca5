// Construction projects and their disclosure: progress from weighted milestones, investment by year,
// and the eight statutory disclosure categories for major projects, each due within 20 working days.
import type { PublishedMeta } from './content';

export const PROJECT_COLLECTION = 'projects';

export const PROJECT_TYPES = ['highway', 'rural_road', 'bridge', 'public_transport', 'station', 'other'] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];
export const PROJECT_TYPE_LABELS: Record<ProjectType, string> = {
  highway: '公路',
  rural_road: '农村公路',
  bridge: '桥梁',
  public_transport: '公共交通',
  station: '场站',
  other: '其他',
};

export const PROJECT_STATUSES = ['planned', 'under_construction', 'completed', 'suspended'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  planned: '规划中',
  under_construction: '在建',
  completed: '已完工',
  suspended: '停工',
};

export const DISCLOSURE_CATEGORIES = ['approval_service', 'approval_result', 'bidding', 'land', 'design_change', 'construction', 'quality_safety', 'acceptance'] as const;
export type DisclosureCategory = (typeof DISCLOSURE_CATEGORIES)[number];
export const DISCLOSURE_CATEGORY_LABELS: Record<DisclosureCategory, string> = {
  approval_service: '批准服务',
  approval_result: '批准结果',
  bidding: '招标投标',
  land: '征收土地',
  design_change: '重大设计变更',
  construction: '施工管理',
  quality_safety: '质量安全监督',
  acceptance: '竣工验收',
};
/** Major-project information is disclosed within 20 working days of being formed. */
export const DISCLOSURE_DUE_WORKING_DAYS = 20;
/** A project under construction with no update for longer than this is marked stale. */
export const STALE_AFTER_DAYS = 30;

export interface Milestone {
  name: string;
  /** Share of the whole project, used to roll progress up. */
  weight: number;
  percent: number;
  plannedAt: Date;
  actualAt: Date | null;
}

export interface Disclosure {
  category: DisclosureCategory;
  title: string;
  /** When the information came into being: the 20-working-day clock starts here. */
  formedAt: Date;
  /** null while not yet disclosed. */
  disclosedAt: Date | null;
  fileId: string | null;
}

export interface InvestmentYear {
  year: number;
  /** 万元 */
  planned: number;
  completed: number;
}

export interface ProjectContent {
  name: string;
  type: ProjectType;
  township: string;
  location: string;
  owner: string;
  builder: string;
  supervisor: string;
  startAt: Date | null;
  plannedEndAt: Date | null;
  status: ProjectStatus;
  summary: string;
  investment: InvestmentYear[];
  milestones: Milestone[];
  disclosures: Disclosure[];
}

export interface ProjectDoc extends ProjectContent, PublishedMeta {
  /** Rolled up from milestones, weighted. */
  percent: number;
  lastUpdateAt: Date;
}

/** Progress in whole percent, weighted by milestone. */
export function rolledUpPercent(milestones: Pick<Milestone, 'weight' | 'percent'>[]): number {
  const weight = milestones.reduce((sum, m) => sum + m.weight, 0);
  if (weight === 0) return 0;
  return Math.round(milestones.reduce((sum, m) => sum + m.weight * m.percent, 0) / weight);
}

export const PROJECT_UPDATE_COLLECTION = 'project_updates';
export const INSPECTION_COLLECTION = 'inspections';
export const FOLLOW_COLLECTION = 'follows';

/** A progress report: what happened, milestones moved, photos. Published through review. */
export interface ProjectUpdateContent {
  projectId: string;
  text: string;
  /** New percentages for named milestones. */
  milestones: { name: string; percent: number }[];
  /** Required when any milestone goes backwards. */
  reason: string;
  photos: string[];
}

export const INSPECTION_RESULTS = ['pass', 'rectify', 'fail'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];
export const INSPECTION_RESULT_LABELS: Record<InspectionResult, string> = { pass: '合格', rectify: '限期整改', fail: '不合格' };

/** A quality and safety supervision record (质量安全监督检查). */
export interface InspectionContent {
  projectId: string;
  checkedAt: Date;
  inspector: string;
  result: InspectionResult;
  problems: string[];
  rectification: string;
  rectifiedAt: Date | null;
}

export interface FollowDoc {
  /** `${openid}:project:${projectId}`: following twice is still one follow. */
  _id: string;
  openid: string;
  kind: 'project';
  targetId: string;
  at: Date;
}
