// What the reader is told where the original had an image, a video or a sound: blocks are text only,
// so media are never dropped without a word. Notes start with ［图片 / ［视频 / ［音频, which
// classify-line.ts reads back as a note.
export type Media = '图片' | '视频' | '音频';

/** Inline, where the medium was (inside a table cell). */
export const mediaMarker = (media: Media, alt: string): string => `［${media}${alt ? `：${alt}` : ''}］`;

/** A note block of its own, where the medium stood between paragraphs. */
export const mediaNote = (media: Media, alt: string): string => `${mediaMarker(media, alt)}原文此处有${media}，无法在此显示，请查看原件或附件。`;

/** After a table whose cells had media: how many, and what they showed. */
export function tableMediaNote(alts: string[]): string {
  const named = alts.filter(Boolean);
  const what = named.length > 0 ? `（${named.join('；')}）` : '';
  return `［图片］上表中有 ${alts.length} 处图片等内容${what}无法在此显示，请查看原件或附件。`;
}
