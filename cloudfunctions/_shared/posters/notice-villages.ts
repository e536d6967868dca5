// The villages ('乡镇/村') a notice concerns: its village, every village of its township, or, for the whole
// county, every village; retired (已撤并) villages are not expected to put anything up.
import type { NoticeContent } from '#types/models/notice';
import { areaOf, type Township } from '#types/models/place';

export function noticeVillages(notice: Pick<NoticeContent, 'township' | 'village'>, places: readonly Township[]): string[] {
  if (notice.township && notice.village) return [areaOf(notice.township, notice.village)];
  const townships = places.filter((t) => (notice.township ? t.name === notice.township : !t.retired));
  return townships.flatMap((t) => t.villages.filter((v) => !v.retired).map((v) => areaOf(t.name, v.name)));
}

/** Whether a notice concerns a board put up in a township (village null) or a village. */
export function noticeConcerns(notice: Pick<NoticeContent, 'township' | 'village'>, township: string, village: string | null): boolean {
  if (!notice.township) return true;
  if (notice.township !== township) return false;
  return !notice.village || !village || notice.village === village;
}
