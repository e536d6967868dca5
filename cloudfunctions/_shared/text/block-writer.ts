// Collects the inline text of an original into blocks: text accumulates until a block boundary, then
// becomes one classified block. A hint from the markup (<h2>, <li>) overrides what the text looks like.
import type { Block } from '#types/models/content';
import { classifyLine, type LineHint, startsAsItem } from './classify-line';
import { collapseSpace } from './collapse-space';

export interface Hint {
  kind: LineHint;
  /** An ordered list's number for its item, used once and only if the text has none of its own. */
  prefix: string;
}

export class BlockWriter {
  readonly blocks: Block[] = [];
  private raw = '';
  private hint: Hint | null = null;
  private chars = 0;
  private boldChars = 0;

  add(text: string, bold = false): void {
    this.raw += text;
    const visible = text.replace(/\s+/g, '').length;
    this.chars += visible;
    if (bold) this.boldChars += visible;
  }

  /** Whether everything written so far was bold (Word marks a header row so). */
  get allBold(): boolean {
    return this.chars > 0 && this.boldChars === this.chars;
  }

  flush(): void {
    const text = collapseSpace(this.raw);
    this.raw = '';
    if (!text) return;
    const hint = this.hint;
    const numbered = hint?.prefix && !startsAsItem(text) ? `${hint.prefix}${text}` : text;
    if (hint) hint.prefix = '';
    this.blocks.push(classifyLine(numbered, hint?.kind));
  }

  push(...blocks: Block[]): void {
    this.flush();
    this.blocks.push(...blocks);
  }

  /** Writes a block-level element: a boundary before and after, under its hint if it has one. */
  within(hint: Hint | null, write: () => void): void {
    this.flush();
    const outer = this.hint;
    this.hint = hint ?? outer;
    write();
    this.flush();
    this.hint = outer;
  }
}
