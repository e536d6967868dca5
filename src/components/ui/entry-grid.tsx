import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';

export interface Entry {
  label: string;
  hint: string;
  url: string;
}

/** Large, labelled entrances to the main sections. */
export function EntryGrid({ entries }: { entries: Entry[] }) {
  return (
    <View className="grid">
      {entries.map((e) => (
        <View key={e.url} className="grid__item" role="link" onClick={() => void Taro.navigateTo({ url: e.url })}>
          <Text className="grid__label">{e.label}</Text>
          <Text className="grid__hint">{e.hint}</Text>
        </View>
      ))}
    </View>
  );
}
