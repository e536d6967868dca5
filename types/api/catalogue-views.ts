// 政府信息公开目录: everything published, as a tree of categories, each listing its items.

export const CATALOGUE_CATEGORIES = ['about', 'policy', 'proposal', 'project', 'service', 'budget', 'notice', 'consultation', 'annualReport'] as const;
export type CatalogueCategory = (typeof CATALOGUE_CATEGORIES)[number];
export const CATALOGUE_CATEGORY_LABELS: Record<CatalogueCategory, string> = {
  about: '机构信息和公开指南',
  policy: '政策文件',
  proposal: '建议提案办理结果',
  project: '重大建设项目',
  service: '办事指南',
  budget: '财政预决算',
  notice: '通知公告',
  consultation: '意见征集',
  annualReport: '政府信息公开工作年度报告',
};

export interface CatalogueItem {
  id: string;
  title: string;
  /** 文号 or the proposal's number; empty where the item has none. */
  docNumber: string;
  /** Its date (issued, replied, published or last updated), YYYY-MM-DD in Beijing. */
  date: string | null;
  /** The mini-program page that shows it. */
  path: string;
}

export interface CatalogueSection {
  category: CatalogueCategory;
  label: string;
  items: CatalogueItem[];
  nextCursor: string | null;
}

/** Items per category on the catalogue's first screen. */
export const CATALOGUE_PREVIEW = 5;
