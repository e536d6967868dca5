// 通知设置's areas ("乡镇" or "乡镇/村") as people see and change them.
import type { TownshipView } from '#types/api/places';
import { placeOfArea } from '#types/models/place';

export const toggleArea = (areas: readonly string[], area: string): string[] => (areas.includes(area) ? areas.filter((a) => a !== area) : [...areas, area]);

/** "石门乡石门村", "石门乡全乡" (or 全镇). */
export function areaName(area: string): string {
  const { township, village } = placeOfArea(area);
  return village ? `${township}${village}` : `${township}全${township.endsWith('乡') ? '乡' : '镇'}`;
}

/** Whether the list marks the area's township or village 已撤并 (or no longer has it at all). */
export function isRetiredArea(list: readonly TownshipView[], area: string): boolean {
  const { township, village } = placeOfArea(area);
  const town = list.find((t) => t.name === township);
  if (!town || town.retired) return true;
  if (!village) return false;
  return town.villages.find((v) => v.name === village)?.retired ?? true;
}
