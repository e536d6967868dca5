// What citizens receive about construction projects (dates as ISO strings).
import type { Lifecycle } from '../models/content';
import type { DisclosureCategory, InspectionResult, InvestmentYear, ProjectStatus, ProjectType } from '../models/project';
import type { FileUrl } from './file-views';
import type { HistoryItem, Paged } from './policy-views';

export interface ProjectListItem {
  id: string;
  name: string;
  type: ProjectType;
  township: string;
  status: ProjectStatus;
  percent: number;
  summary: string;
  lastUpdateAt: string;
  /** Under construction with no update for over 30 days. */
  stale: boolean;
  /** 计划完工日期, when announced. */
  plannedEndAt: string | null;
}

export interface MilestoneView {
  name: string;
  weight: number;
  percent: number;
  plannedAt: string;
  actualAt: string | null;
  /** Finished after its planned date, or not finished and past it. */
  late: boolean;
}

export interface DisclosureItemView {
  title: string;
  formedAt: string;
  disclosedAt: string | null;
  /** The end of the 20th working day after the information was formed. */
  dueAt: string;
  overdue: boolean;
  /** The disclosed document's link; null when there is none or it is unavailable now. */
  url: FileUrl;
  /** A document is attached but cannot be read now. */
  fileUnavailable: boolean;
}

export interface DisclosureCategoryView {
  category: DisclosureCategory;
  state: 'disclosed' | 'pending' | 'overdue' | 'none';
  items: DisclosureItemView[];
}

export interface ProjectUpdateView {
  id: string;
  text: string;
  reason: string;
  /** null for a photo unavailable now. */
  photos: FileUrl[];
  publishedAt: string;
}

export interface InspectionView {
  id: string;
  checkedAt: string;
  inspector: string;
  result: InspectionResult;
  problems: string[];
  rectification: string;
  rectifiedAt: string | null;
}

export interface ProjectView extends ProjectListItem {
  location: string;
  owner: string;
  builder: string;
  supervisor: string;
  startAt: string | null;
  investment: InvestmentYear[];
  milestones: MilestoneView[];
  disclosure: DisclosureCategoryView[];
  /** Some due date lies beyond the announced holiday calendar and may move. */
  provisionalDates: boolean;
  lifecycle: Lifecycle;
  lifecycleNote: string | null;
  version: number;
  history: Paged<HistoryItem>;
  updates: Paged<ProjectUpdateView>;
  inspections: Paged<InspectionView>;
  /** Whether the caller follows this project (关注); false when not signed in. */
  following: boolean;
}
