import type { CaseView } from '#types/api/case-views';
import { formatDate } from '@/lib/format-date';

/** A reply deadline as people read it, marked when counted into a year whose holidays are not announced yet. */
export const dueDateText = (c: Pick<CaseView, 'dueAt' | 'dueProvisional'>): string =>
  `${formatDate(c.dueAt)}${c.dueProvisional ? '（按尚未公布的节假日安排估算）' : ''}`;
