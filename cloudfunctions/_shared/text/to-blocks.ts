// Turns pasted text or imported HTML into sanitised blocks. Nothing is ever stored or shown as
// HTML; anything scriptable is refused outright rather than quietly dropped (refuse-scriptable.ts).
// HTML is parsed by htmlparser2 (html-blocks.ts), text line by line (text-blocks.ts).
import { parseDocument } from 'htmlparser2';
import { type Block, tableText } from '#types/models/content';
import { invalidArgument } from '../app-error';
import { htmlBlocks } from './html-blocks';
import { refuseScriptable } from './refuse-scriptable';
import { textBlocks } from './text-blocks';

/** Blocks per original; a table counts once per part (see table-blocks.ts), not once per row. */
export const MAX_BLOCKS = 2000;

export function toBlocks(body: { format: 'text' | 'html'; source: string }): Block[] {
  // Pasted text is checked by the same rule: HTML pasted into the text box must not carry script either.
  const doc = parseDocument(body.source);
  refuseScriptable(doc);
  const blocks = body.format === 'html' ? htmlBlocks(doc.children) : textBlocks(body.source);
  if (blocks.length === 0) throw invalidArgument('正文不能为空');
  if (blocks.length > MAX_BLOCKS) throw invalidArgument(`正文段落过多（最多 ${MAX_BLOCKS} 段），请拆分后再提交`);
  return blocks;
}

/**
 * Blocks back to editable text, for a staff member revising a published item: a table as tab-separated
 * lines (its header once across its parts) followed by a blank line, which toBlocks reads back as a table.
 */
export function blocksToText(blocks: Block[]): string {
  const lines: string[] = [];
  blocks.forEach((block, i) => {
    if (block.kind !== 'table') {
      lines.push(block.text);
      return;
    }
    lines.push(tableText(block.continued && block.rows[0]?.header ? block.rows.slice(1) : block.rows));
    const next = blocks[i + 1];
    if (!(next?.kind === 'table' && next.continued)) lines.push('');
  });
  return lines.join('\n').trimEnd();
}
