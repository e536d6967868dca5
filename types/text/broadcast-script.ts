// A notice as a script for the village loudspeaker (村村响): said the way an announcer says it (through the
// one spoken-form converter the app's read-aloud uses), no links, the key message said twice, and how long
// it takes to read. Past 90 seconds listeners stop following, so a brief script (what, where, when, said
// twice) is offered beside the full one.
import { spokenForm } from './spoken-form';

export interface BroadcastInput {
  /** What kind of notice, as people call it (交通管制, 公交调整…). */
  kindLabel: string;
  title: string;
  area: string;
  /** When it applies, as written on the notice. */
  when: string;
  body: string;
  /** Who speaks: the bureau's name. */
  bureau: string;
}

export interface BroadcastScript {
  full: string;
  fullSeconds: number;
  brief: string;
  briefSeconds: number;
  /** The full script runs past BROADCAST_MAX_SECONDS. */
  long: boolean;
}

/** An announcer's pace over a loudspeaker, slower than conversation. */
export const CHARS_PER_SECOND = 4;
export const BROADCAST_MAX_SECONDS = 90;

/** Links cannot be heard: a link and the words that point to it (详见, 网址…) go. */
const LINK = /(?:(?:详见|详情见|请见|见|网址|链接|访问)[:：]?\s*)?https?:\/\/[^\s，。；、）)]+/g;

const withoutLinks = (text: string): string => text.replace(LINK, '').replace(/\s+/g, ' ').trim();
/** What removing a link or an empty part leaves: a pause doubled (。。 ，。) becomes one. */
const onePause = (text: string): string => text.replace(/([，。；：！？])(?:\s*[，。；：])+/g, (_m, first: string) => first).replace(/^[，。；：\s]+/, '');
const sentence = (text: string): string => (text && !/[。！？!?]$/.test(text) ? `${text}。` : text);

/** Seconds an announcer takes: spoken characters at CHARS_PER_SECOND, whitespace and pauses not counted. */
export const secondsToRead = (script: string): number => Math.ceil(script.replace(/[\s，。、；：！？,.;:!?]/g, '').length / CHARS_PER_SECOND);

export function broadcastScript(input: BroadcastInput): BroadcastScript {
  const title = withoutLinks(input.title).replace(/[。！？]$/, '');
  const key = `${title}，影响范围${withoutLinks(input.area)}，时间${withoutLinks(input.when)}`;
  const opening = `村民朋友们请注意，现在播送${input.bureau}的${input.kindLabel}通知。`;
  const closing = `以上是${input.bureau}发布的通知，请相互转告。`;
  const compose = (body: string): string => onePause(spokenForm([opening, sentence(key), sentence(body), `再播送一遍：${key}。`, closing].join('')));
  const full = compose(withoutLinks(input.body));
  const brief = compose('');
  const fullSeconds = secondsToRead(full);
  return { full, fullSeconds, brief, briefSeconds: secondsToRead(brief), long: fullSeconds > BROADCAST_MAX_SECONDS };
}
