import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { splitByTerms, type TermLike } from '@/lib/split-by-terms';
import { markWebDialog } from './web-shell';

// Taro's Text typings omit role, which both platforms pass on.
const BUTTON_ROLE = { role: 'button' };

function explain(term: string, plain: string): void {
  void Taro.showModal({ title: term, content: plain, showCancel: false, confirmText: '知道了', confirmColor: '#0b4f8a' });
  markWebDialog(term);
}

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
            onClick={() => explain(part.term?.term ?? '', part.term?.plain ?? '')}
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
