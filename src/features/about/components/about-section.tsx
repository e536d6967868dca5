import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

/** A titled part of the guide or the bureau's page. */
export function AboutSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className="section">
      <Text className="section__title">{title}</Text>
      {children}
    </View>
  );
}

/** Text typed a paragraph per line, shown as separate lines. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <View>
      {text.split('\n').filter((line) => line.trim()).map((line, i) => (
        <Text key={i} className="card__summary">
          {line}
        </Text>
      ))}
    </View>
  );
}
