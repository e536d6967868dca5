import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { PolicyView } from '#types/api/policy-views';

/** Says plainly when a policy no longer applies, and where its successor is. */
export function LifecycleBanner({ policy }: { policy: PolicyView }) {
  if (policy.lifecycle === 'published' && policy.status === 'in_force') return null;
  const text =
    policy.lifecycle === 'withdrawn'
      ? `此内容已撤回：${policy.lifecycleNote ?? ''}`
      : policy.lifecycle === 'superseded' || policy.status === 'repealed'
        ? '此政策已废止，不再执行。'
        : '此政策已修订，部分内容可能已变化。';
  return (
    <View className="banner" role="alert">
      <Text>{text}</Text>
      {policy.successor && (
        <Button className="btn btn--link" onClick={() => void Taro.redirectTo({ url: `/pages/policy/index?id=${policy.successor?.id ?? ''}` })}>
          查看现行政策：{policy.successor.title}
        </Button>
      )}
    </View>
  );
}
