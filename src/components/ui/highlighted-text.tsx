import { Text } from '@tarojs/components';

/** Text with [start, end) ranges emphasised, built from ranges so no markup ever comes from data. */
export function HighlightedText({ text, ranges, className }: { text: string; ranges: [number, number][]; className?: string }) {
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return (
    <Text className={className}>
      {parts.map((p, i) => (
        <Text key={i} className={p.hit ? 'hit' : undefined}>
          {p.text}
        </Text>
      ))}
    </Text>
  );
}
