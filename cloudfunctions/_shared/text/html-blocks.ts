// Reads parsed HTML (a CMS page, or Word/WPS "save as web page") into blocks. Only text is kept:
// headings, list items and paragraphs, tables as rows of cell text, and a note wherever an image or
// other medium stood. Word's own markup is dropped: the <head> with its <style> and <xml>, conditional
// comments (parsed as comments), <o:p>, VML shapes (v:*, w:*), and text Word hides (mso-hide:all).
// Entities are decoded by the parser. Call refuseScriptable first: it bounds the nesting this
// recursive walk relies on.
import { type Block, blockText } from '#types/models/content';
import { BlockWriter } from './block-writer';
import { classifyLine } from './classify-line';
import { collapseSpace } from './collapse-space';
import { type HtmlElement, type HtmlNode, isElement, isText } from './html-dom';
import { type Media, mediaMarker, mediaNote, tableMediaNote } from './media-note';
import { tableBlocks } from './table-blocks';
import { type RawCell, tableShape } from './table-grid';

const DROPPED = new Set([
  'head', 'title', 'meta', 'link', 'style', 'script', 'template', 'noscript', 'xml', 'o:p',
  'select', 'option', 'datalist', 'input', 'textarea', 'button', 'map', 'area', 'param', 'source', 'track', 'colgroup', 'col',
]);
/** Office drawing (VML) and Word document markup; the picture in it also comes as an <img> fallback. */
const OFFICE_MARKUP = /^[vw]:/;
const MEDIA: Record<string, Media> = { img: '图片', svg: '图片', canvas: '图片', video: '视频', audio: '音频' };
const BLOCK = new Set([
  'p', 'div', 'ul', 'dl', 'dt', 'dd', 'blockquote', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main',
  'center', 'pre', 'address', 'figure', 'figcaption', 'hr', 'caption', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot',
  'form', 'fieldset', 'legend', 'details', 'summary',
]);
const HIDDEN_STYLE = /display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden/i;
const BOLD_STYLE = /font-weight\s*:\s*(bold|[6-9]00)/i;
const ALT_MAX = 60;

interface Context {
  w: BlockWriter;
  bold: boolean;
  /** Inside a table cell: media are marked where they stood and listed after the table. */
  cellMedia: string[] | null;
}

const isHidden = (el: HtmlElement): boolean => el.attribs.hidden !== undefined || HIDDEN_STYLE.test(el.attribs.style ?? '');
const isBold = (el: HtmlElement): boolean => el.name === 'b' || el.name === 'strong' || BOLD_STYLE.test(el.attribs.style ?? '');
const altOf = (el: HtmlElement): string => collapseSpace(el.attribs.alt || el.attribs.title || el.attribs['aria-label'] || '').slice(0, ALT_MAX);
const elementsOf = (el: HtmlElement, names: string[]): HtmlElement[] =>
  el.children.filter((child): child is HtmlElement => isElement(child) && names.includes(child.name));

function walk(nodes: HtmlNode[], ctx: Context): void {
  for (const node of nodes) {
    if (isText(node)) ctx.w.add(node.data, ctx.bold);
    else if (isElement(node)) element(node, ctx);
  }
}

function element(el: HtmlElement, ctx: Context): void {
  const { name } = el;
  if (DROPPED.has(name) || OFFICE_MARKUP.test(name) || isHidden(el)) return;
  const media = MEDIA[name];
  if (media) return addMedia(media, altOf(el), ctx);
  if (name === 'br') return ctx.w.flush();
  if (name === 'table') return table(el, ctx);
  const inner = { ...ctx, bold: ctx.bold || isBold(el) };
  if (/^h[1-6]$/.test(name)) return ctx.w.within({ kind: 'heading', prefix: '' }, () => walk(el.children, inner));
  if (name === 'li') return ctx.w.within({ kind: 'item', prefix: '' }, () => walk(el.children, inner));
  if (name === 'ol') return orderedList(el, inner);
  if (BLOCK.has(name)) return ctx.w.within(null, () => walk(el.children, inner));
  walk(el.children, inner);
}

function addMedia(media: Media, alt: string, ctx: Context): void {
  if (ctx.cellMedia) {
    ctx.w.add(mediaMarker(media, alt));
    ctx.cellMedia.push(alt);
  } else {
    ctx.w.push({ kind: 'note', text: mediaNote(media, alt) });
  }
}

/** <ol> numbers its items itself; the number is written into the item unless its text has one. */
function orderedList(el: HtmlElement, ctx: Context): void {
  let n = Number.parseInt(el.attribs.start ?? '1', 10) || 1;
  ctx.w.within(null, () => {
    for (const child of el.children) {
      if (isElement(child) && child.name === 'li' && !isHidden(child)) {
        ctx.w.within({ kind: 'item', prefix: `${n}. ` }, () => walk(child.children, ctx));
        n += 1;
      } else {
        walk([child], ctx);
      }
    }
  });
}

const span = (value: string | undefined): number => {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) ? n : 1;
};

function readCell(td: HtmlElement, inHead: boolean, ctx: Context, media: string[]): RawCell {
  const w = new BlockWriter();
  walk(td.children, { w, bold: ctx.bold || isBold(td), cellMedia: media });
  w.flush();
  return {
    text: w.blocks.map(blockText).join('\n'),
    colspan: span(td.attribs.colspan),
    rowspan: span(td.attribs.rowspan),
    th: td.name === 'th' || inHead,
    bold: w.allBold,
  };
}

/** Rows in display order: <thead>, then the body rows as written, then <tfoot>. */
function tableRows(el: HtmlElement): { tr: HtmlElement; head: boolean }[] {
  const head = elementsOf(el, ['thead']).flatMap((group) => elementsOf(group, ['tr']));
  const body = el.children.filter(isElement).flatMap((child) => (child.name === 'tr' ? [child] : child.name === 'tbody' ? elementsOf(child, ['tr']) : []));
  const foot = elementsOf(el, ['tfoot']).flatMap((group) => elementsOf(group, ['tr']));
  return [...head.map((tr) => ({ tr, head: true })), ...[...body, ...foot].map((tr) => ({ tr, head: false }))];
}

function containsTable(el: HtmlElement): boolean {
  const stack = [...el.children];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isElement(node)) continue;
    if (node.name === 'table') return true;
    stack.push(...node.children);
  }
  return false;
}

/** A table that only lays a page out (one column, or tables inside it) is read as ordinary text. */
function table(el: HtmlElement, ctx: Context): void {
  const layout = (): void => ctx.w.within(null, () => walk(el.children, ctx));
  if (containsTable(el)) return layout();
  const media: string[] = [];
  const rows = tableRows(el).map(({ tr, head }) => elementsOf(tr, ['td', 'th']).filter((td) => !isHidden(td)).map((td) => readCell(td, head, ctx, media)));
  if (rows.every((cells) => cells.length <= 1)) return layout();
  const shape = tableShape(rows);
  const captions = elementsOf(el, ['caption']).map((c) => readCell(c, false, ctx, media).text);
  const blocks: Block[] = [...captions, ...shape.captions].filter(Boolean).map((text) => classifyLine(text.replace(/\n/g, ' ')));
  if (shape.rows.length > 0) blocks.push(...tableBlocks(shape.rows));
  if (media.length > 0) blocks.push({ kind: 'note', text: tableMediaNote(media) });
  ctx.w.push(...blocks);
}

export function htmlBlocks(nodes: HtmlNode[]): Block[] {
  const w = new BlockWriter();
  walk(nodes, { w, bold: false, cellMedia: null });
  w.flush();
  return w.blocks;
}
