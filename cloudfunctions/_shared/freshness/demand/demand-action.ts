// Where staff act on a demand signal: a question nobody found gets a Q&A; an item people ask about
// (or that is stale) gets its own kind of update.
import type { DemandAction, DemandKind } from '#types/models/demand';
import type { DutyKind } from '#types/models/freshness';

const edit = (kind: string, id: string): string => `/staff/edit/index?kind=${kind}&targetId=${id}`;

export const writeQaAction = (question: string): DemandAction => ({ label: '写问答', page: `/staff/edit/index?kind=qa&question=${encodeURIComponent(question)}` });

/** The action for an item; `duty` is the freshness duty it is late on, if any (a project's 公开 duty is its own page). */
export function itemAction(kind: DemandKind, id: string, duty: DutyKind | null): DemandAction {
  switch (kind) {
    case 'project':
      return duty === 'disclosure' ? { label: '补充项目公开信息', page: edit('project', id) } : { label: '发布项目进展', page: `/staff/edit/index?kind=projectUpdate&projectId=${id}` };
    case 'policy':
      return { label: '修改政策解读', page: edit('policy', id) };
    case 'qa':
      return { label: '修改问答', page: edit('qa', id) };
    case 'service':
      return { label: '修改办事指南', page: edit('service', id) };
    case 'notice':
      return { label: '更新通知', page: '/staff/content/index' };
    case 'budget':
      return { label: '补充预决算说明', page: '/staff/budget-import/index' };
  }
}
