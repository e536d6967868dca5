// The SMS a carrier sends: the bureau's signature, the item's title (cut to fit) and its link, within one
// message (SMS_MAX_CHARS, signature and link included).
import { SMS_MAX_CHARS } from '#types/models/reach';
import { invalidArgument } from '../app-error';

/** Fewest characters of the title worth sending; below this the message says nothing. */
const TITLE_MIN = 6;

export function smsText(bureau: string, title: string, url: string): string {
  const frame = (t: string): string => `【${bureau}】${t}，详见${url}`;
  const room = SMS_MAX_CHARS - [...frame('')].length;
  const chars = [...title.replace(/\s+/g, ' ').trim()];
  if (room < TITLE_MIN) throw invalidArgument(`单位名称和链接已占 ${SMS_MAX_CHARS - room} 字，短信放不下标题：请缩短单位名称`);
  return frame(chars.length <= room ? chars.join('') : `${chars.slice(0, room - 1).join('')}…`);
}
