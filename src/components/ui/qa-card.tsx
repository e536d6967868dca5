import { Text, View } from '@tarojs/components';
import type { TermLike } from '@/lib/split-by-terms';
import { TermText } from './term-text';

/** One question and its plain answer. */
export function QaCard({ question, answer, terms = [] }: { question: string; answer: string; terms?: TermLike[] }) {
  return (
    <View className="card">
      <Text className="card__title">问：{question}</Text>
      <TermText className="card__summary" text={`答：${answer}`} terms={terms} />
    </View>
  );
}
