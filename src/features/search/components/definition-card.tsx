import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { DefinitionCard as Definition } from '#types/api/search-views';

/** The glossary term the question names: one card above the results, never one of them. */
export function DefinitionCard({ definition }: { definition: Definition }) {
  return (
    <View className="card card--link" role="link" onClick={() => void Taro.navigateTo({ url: definition.path })}>
      <View className="card__meta">
        <Text className="chip">术语解释</Text>
      </View>
      <Text className="card__title">{definition.term}</Text>
      <Text className="card__summary">{definition.plain}</Text>
    </View>
  );
}
