import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { splitByTerms, type TermLike } from '@/lib/split-by-terms';

/** Text with glossary terms underlined; a tap explains the term in plain words. */
export function TermText({ text, terms, className }: { text: string; terms: TermLike[]; className?: string }) {
  return (
    <Text className={className}>
      {splitByTerms(text, terms).map((part, i) =>
        part.term ? (
          <Text
            key={i}
            className="term"
            onClick={() => void Taro.showModal({ title: part.term?.term ?? '', content: part.term?.plain ?? '', showCancel: false, confirmText: '知道了' })}
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
