// Each of the 8 categories of major-project information is disclosed within 20 working days of being
// formed: every category formed and not yet disclosed is a duty; the earliest decides.
import type { DutyVerdict, WorkingCalendar } from '#types/models/freshness';
import { DISCLOSURE_CATEGORY_LABELS, DISCLOSURE_DUE_WORKING_DAYS, type Disclosure } from '#types/models/project';
import { earliest, verdict } from '../verdict';

export function projectDisclosureDuty(project: { disclosures: Disclosure[] }, now: Date, calendar: WorkingCalendar): DutyVerdict | null {
  const pending = project.disclosures.filter((d) => d.disclosedAt === null);
  return earliest(
    pending.map((d) =>
      verdict(calendar.addWorkingDays(d.formedAt, DISCLOSURE_DUE_WORKING_DAYS), now, calendar, `「${DISCLOSURE_CATEGORY_LABELS[d.category]}」信息形成后 ${DISCLOSURE_DUE_WORKING_DAYS} 个工作日内公开`),
    ),
  );
}
