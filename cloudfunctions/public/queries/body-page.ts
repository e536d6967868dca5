import { type Block, blockText } from '#types/models/content';

/** Characters of original text sent per page, keeping a policy's first screen well under 64 KB. */
export const BODY_PAGE_CHARS = 8000;

export function bodyPage(body: Block[], from: number): { blocks: Block[]; nextFrom: number | null } {
  const blocks: Block[] = [];
  let used = 0;
  let i = from;
  for (; i < body.length; i += 1) {
    const block = body[i] as Block;
    const chars = blockText(block).length;
    if (blocks.length > 0 && used + chars > BODY_PAGE_CHARS) break;
    blocks.push(block);
    used += chars;
  }
  return { blocks, nextFrom: i < body.length ? i : null };
}
