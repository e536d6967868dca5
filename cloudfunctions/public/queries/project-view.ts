// A project as citizens see it: progress, late milestones, and each disclosure category's state on
// the 20-working-day clock.
import type { DisclosureCategoryView, ProjectListItem, ProjectView } from '#types/api/project-views';
import { DISCLOSURE_CATEGORIES, DISCLOSURE_DUE_WORKING_DAYS, STALE_AFTER_DAYS, type ProjectDoc } from '#types/models/project';
import { addWorkingDays, calendarCovers } from '../../_shared/time/working-days';

const DAY_MS = 86_400_000;
const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function toProjectListItem(p: ProjectDoc, now: Date): ProjectListItem {
  return {
    id: p._id,
    name: p.name,
    type: p.type,
    township: p.township,
    status: p.status,
    percent: p.percent,
    summary: p.summary,
    lastUpdateAt: p.lastUpdateAt.toISOString(),
    stale: p.status === 'under_construction' && now.getTime() - p.lastUpdateAt.getTime() > STALE_AFTER_DAYS * DAY_MS,
    plannedEndAt: iso(p.plannedEndAt ?? null),
  };
}

export function disclosureState(p: ProjectDoc, now: Date, urls: Map<string, string>): { categories: DisclosureCategoryView[]; provisional: boolean } {
  let provisional = false;
  const categories = DISCLOSURE_CATEGORIES.map((category): DisclosureCategoryView => {
    const items = p.disclosures
      .filter((d) => d.category === category)
      .map((d) => {
        const due = addWorkingDays(d.formedAt, DISCLOSURE_DUE_WORKING_DAYS);
        if (!calendarCovers(due)) provisional = true;
        return {
          title: d.title,
          formedAt: d.formedAt.toISOString(),
          disclosedAt: iso(d.disclosedAt),
          dueAt: due.toISOString(),
          overdue: (d.disclosedAt ?? now) > due,
          url: d.fileId ? (urls.get(d.fileId) ?? null) : null,
          fileUnavailable: d.fileId !== null && !urls.has(d.fileId),
        };
      });
    const state = items.length === 0 ? 'none' : items.some((i) => i.overdue && !i.disclosedAt) ? 'overdue' : items.some((i) => !i.disclosedAt) ? 'pending' : 'disclosed';
    return { category, state, items };
  });
  return { categories, provisional };
}

export function toProjectView(p: ProjectDoc, now: Date, urls: Map<string, string>, history: ProjectView['history']): Omit<ProjectView, 'updates' | 'inspections' | 'following'> {
  const { categories, provisional } = disclosureState(p, now, urls);
  return {
    ...toProjectListItem(p, now),
    location: p.location,
    owner: p.owner,
    builder: p.builder,
    supervisor: p.supervisor,
    startAt: iso(p.startAt),
    investment: [...p.investment].sort((a, b) => a.year - b.year),
    milestones: p.milestones.map((m) => ({
      name: m.name,
      weight: m.weight,
      percent: m.percent,
      plannedAt: m.plannedAt.toISOString(),
      actualAt: iso(m.actualAt),
      late: m.actualAt ? m.actualAt > m.plannedAt : m.plannedAt < now && m.percent < 100,
    })),
    disclosure: categories,
    provisionalDates: provisional,
    lifecycle: p.lifecycle,
    lifecycleNote: p.lifecycleNote,
    version: p.version,
    history,
  };
}
