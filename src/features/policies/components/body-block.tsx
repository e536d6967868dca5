import { Text } from '@tarojs/components';
import { ARTICLE_LABEL, type Block } from '#types/models/content';
import type { TermLike } from '@/lib/split-by-terms';
import { TermText } from '@/components/ui/term-text';
import { BodyTable } from './body-table';

/** One block of an original: text with glossary terms, a 第X条 label in bold, a table, or a note. */
export function BodyBlock({ block, terms }: { block: Block; terms: TermLike[] }) {
  if (block.kind === 'table') return <BodyTable block={block} />;
  if (block.kind === 'note') return <Text className="block block--note">{block.text}</Text>;
  const label = block.kind === 'article' ? (ARTICLE_LABEL.exec(block.text)?.[0] ?? '') : '';
  if (!label) return <TermText className={`block block--${block.kind}`} text={block.text} terms={terms} />;
  return (
    <Text className="block block--article">
      <Text className="block__label">{label}</Text>
      <TermText text={block.text.slice(label.length)} terms={terms} />
    </Text>
  );
}
