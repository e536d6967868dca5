// Turns pasted text or imported HTML into sanitised blocks. Nothing is ever stored or shown as
// HTML; anything scriptable is refused outright rather than quietly dropped.
import type { Block } from '#types/models/content';
import { invalidArgument } from '../app-error';

const MAX_BLOCKS = 2000;
const SCRIPTABLE = /<\s*(script|iframe|object|embed|style)\b|\son[a-z]+\s*=|javascript\s*:|vbscript\s*:|data\s*:\s*text\/html/i;
const HEADING = /^(第[一二三四五六七八九十百零〇]+[章节]|[一二三四五六七八九十]+、)/;
const ITEM = /^(（[一二三四五六七八九十]+）|\(\d+\)|\d+[.．、])/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', mdash: '—', hellip: '…' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function classify(line: string, hint?: Block['kind']): Block {
  const text = line.replace(/\s+/g, ' ').trim();
  if (hint) return { kind: hint, text };
  if (HEADING.test(text)) return { kind: 'heading', text };
  if (ITEM.test(text)) return { kind: 'item', text };
  return { kind: 'paragraph', text };
}

function fromText(source: string): Block[] {
  return source
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => classify(line));
}

function fromHtml(source: string): Block[] {
  const blocks: Block[] = [];
  // Mark block boundaries, remembering headings and list items, then strip every remaining tag.
  const marked = source
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\s*h[1-6][^>]*>/gi, '\n\u0001H')
    .replace(/<\s*li[^>]*>/gi, '\n\u0001I')
    .replace(/<\s*(br|\/p|\/div|\/h[1-6]|\/li|\/tr|p|div|tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  for (const raw of marked.split('\n')) {
    const kind = raw.startsWith('\u0001H') ? 'heading' : raw.startsWith('\u0001I') ? 'item' : undefined;
    const text = decodeEntities(raw.replace(/^\u0001[HI]/, '')).trim();
    if (text) blocks.push(classify(text, kind));
  }
  return blocks;
}

export function toBlocks(body: { format: 'text' | 'html'; source: string }): Block[] {
  if (SCRIPTABLE.test(body.source)) throw invalidArgument('正文含有脚本等不允许的内容，请删除后再提交');
  const blocks = body.format === 'html' ? fromHtml(body.source) : fromText(body.source);
  if (blocks.length === 0) throw invalidArgument('正文不能为空');
  if (blocks.length > MAX_BLOCKS) throw invalidArgument(`正文段落过多（最多 ${MAX_BLOCKS} 段）`);
  return blocks;
}

/** Blocks back to editable text, for a staff member revising a published item. */
export function blocksToText(blocks: Block[]): string {
  return blocks.map((b) => b.text).join('\n');
}
