// The A4 sheet as drawing steps, in pixels at 150 dpi (1240 × 1754): black on white only, so it copies and
// prints legibly in black and white. Large title (shrinks to fit three lines), up to five numbered points,
// the mini-program code with the web link for people off WeChat, the hotline, the place and the date, and
// the bureau's name. Pure: the page's canvas (weapp Canvas 2D or the browser's) only paints the steps.
import type { PosterView } from '#types/api/posters';
import { FEED_KIND_LABELS } from '#types/models/feed';
import { type Measure, wrapText } from './wrap-text';

export const SHEET = { width: 1240, height: 1754, dpi: 150 } as const;
const MARGIN = 96;
const INNER = SHEET.width - 2 * MARGIN;
const CODE = 380;
const FONT = '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif';
export const font = (px: number, bold = false): string => `${bold ? 'bold ' : ''}${px}px ${FONT}`;

export type PosterStep =
  | { op: 'text'; text: string; x: number; y: number; font: string; align?: 'left' | 'center' | 'right' }
  | { op: 'rule'; x: number; y: number; width: number; thickness: number }
  | { op: 'frame'; x: number; y: number; width: number; height: number; thickness: number }
  | { op: 'code'; x: number; y: number; size: number };

const dayLabel = (day: string): string => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

export function posterLayout(sheet: PosterView, measure: Measure): PosterStep[] {
  const steps: PosterStep[] = [{ op: 'frame', x: 40, y: 40, width: SHEET.width - 80, height: SHEET.height - 80, thickness: 6 }];
  const text = (t: string, x: number, y: number, f: string, align?: 'left' | 'center' | 'right'): void => void steps.push({ op: 'text', text: t, x, y, font: f, ...(align ? { align } : {}) });
  let y = MARGIN + 40;
  text(sheet.bureau.name, MARGIN, y, font(40, true));
  const tag = sheet.subject === 'board' ? `${sheet.month ? `${Number(sheet.month.slice(5, 7))}月` : ''}公开信息` : `${FEED_KIND_LABELS[sheet.kind ?? 'notice']}公开`;
  text(tag, SHEET.width - MARGIN, y, font(40, true), 'right');
  y += 32;
  steps.push({ op: 'rule', x: MARGIN, y, width: INNER, thickness: 4 });

  // The title: as large as three lines allow.
  let size = 96;
  let lines = wrapText(sheet.title, INNER, font(size, true), measure);
  while (lines.length > 3 && size > 64) {
    size -= 8;
    lines = wrapText(sheet.title, INNER, font(size, true), measure);
  }
  y += 40;
  for (const line of lines.slice(0, 4)) text(line, MARGIN, (y += size * 1.25), font(size, true));
  y += 40;
  steps.push({ op: 'rule', x: MARGIN, y, width: INNER, thickness: 2 });

  // The points, numbered, each wrapped under its number: as large as lets all of them fit above the code.
  const codeTop = SHEET.height - MARGIN - CODE - 120;
  const room = codeTop - 40 - (y + 30);
  const fitted = [50, 46, 42, 38].map((px) => ({ px, lines: sheet.points.map((p) => wrapText(p, INNER - 80, font(px), measure)) }));
  const height = (f: (typeof fitted)[number]): number => f.lines.reduce((h, l) => h + l.length * f.px * 1.44 + 24, 0);
  const chosen = fitted.find((f) => height(f) <= room) ?? (fitted[fitted.length - 1] as (typeof fitted)[number]);
  const lineHeight = Math.round(chosen.px * 1.44);
  y += 30;
  for (const [i, wrapped] of chosen.lines.entries()) {
    if (y + wrapped.length * lineHeight > codeTop - 40) break; // never over the code
    text(`${i + 1}.`, MARGIN, (y += lineHeight), font(chosen.px, true));
    wrapped.forEach((l, j) => text(l, MARGIN + 80, j === 0 ? y : (y += lineHeight), font(chosen.px)));
    y += 24;
  }

  // The code and, beside it, how to read it without WeChat.
  steps.push({ op: 'rule', x: MARGIN, y: codeTop - 30, width: INNER, thickness: 2 });
  steps.push({ op: 'code', x: MARGIN, y: codeTop, size: CODE });
  const sideX = MARGIN + CODE + 48;
  const sideW = SHEET.width - MARGIN - sideX;
  let sy = codeTop + 56;
  text('微信扫一扫 看全文', sideX, sy, font(52, true));
  if (sheet.bureau.hotline) text(`咨询电话：${sheet.bureau.hotline}`, sideX, (sy += 76), font(44, true));
  if (sheet.webLink) {
    text('不用微信？用浏览器打开：', sideX, (sy += 64), font(32));
    for (const l of wrapText(sheet.webLink, sideW, font(28), measure).slice(0, 4)) text(l, sideX, (sy += 40), font(28));
  }
  text(`张贴地点：${sheet.area.replace('/', '')}`, sideX, (sy += 60), font(34));
  text(`制作日期：${dayLabel(sheet.day)}`, sideX, (sy += 48), font(34));
  text(`${sheet.bureau.name}  政务公开`, SHEET.width / 2, SHEET.height - MARGIN - 20, font(36, true), 'center');
  return steps;
}
