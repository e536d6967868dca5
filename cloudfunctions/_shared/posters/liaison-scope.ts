// What a village liaison may see or confirm: only their own villages. Staff who hold another role (editor,
// reviewer, admin) see every poster.
import type { Caller } from '../caller';
import { placeOfArea } from '#types/models/place';

export const isLiaisonOnly = (caller: Caller): boolean => !caller.roles.some((r) => r === 'admin' || r === 'editor' || r === 'reviewer');

/** A board place ('乡镇' or '乡镇/村') is the liaison's: one of their villages, or a township one of them is in. */
export function liaisonCovers(caller: Caller, area: string): boolean {
  if (caller.villages.includes(area)) return true;
  const { township, village } = placeOfArea(area);
  return !village && caller.villages.some((v) => placeOfArea(v).township === township);
}
