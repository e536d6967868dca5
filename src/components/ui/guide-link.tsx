import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';

/** Points people who are about to ask or apply to the disclosure guide first. */
export function GuideLink({ text }: { text: string }) {
  return (
    <View className="card">
      <Text className="row__hint">{text}</Text>
      <Button className="btn btn--link" onClick={() => void Taro.navigateTo({ url: '/about/guide/index' })}>
        查看政府信息公开指南
      </Button>
    </View>
  );
}
