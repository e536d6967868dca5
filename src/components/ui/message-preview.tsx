import { Text, View } from '@tarojs/components';
import type { MessageField } from '#types/models/notice';

/** How a subscription message will look on the phone, field by field. */
export function MessagePreview({ fields, problem }: { fields: MessageField[]; problem?: string | null }) {
  return (
    <View className="card message-preview" aria-label="微信提醒预览">
      <Text className="field__label">微信提醒预览</Text>
      {fields.map((f) => (
        <Text key={f.key} className="row__hint">
          {f.label}：{f.value || '（空）'}
        </Text>
      ))}
      {problem && <Text className="stale">{problem}</Text>}
    </View>
  );
}
