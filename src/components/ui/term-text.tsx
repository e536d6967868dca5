import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { splitByTerms, type TermLike } from '@/lib/split-by-terms';

// Taro's Text typings omit role, which both platforms pass on.
const BUTTON_ROLE = { role: 'button' };

/** Text with glossary terms underlined; a tap explains the term in plain words. */
export function TermText({ text, terms, className }: { text: string; terms: TermLike[]; className?: string }) {
  return (
    <Text className={className}>
      {splitByTerms(text, terms).map((part, i) =>
        part.term ? (
          <Text
            key={i}
            className="term"
            {...BUTTON_ROLE}
            onClick={() => void Taro.showModal({ title: part.term?.term ?? '', content: part.term?.plain ?? '', showCancel: false, confirmText: '知道了', confirmColor: '#0b4f8a' })}
          >
            {part.text}
          </Text>
        ) : (
          <Text key={i}>{part.text}</Text>
        ),
      )}
    </Text>
  );
}
