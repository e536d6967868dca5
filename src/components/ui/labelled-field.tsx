import { Input, Text, Textarea, View } from '@tarojs/components';

/** A labelled text box (one line, or several with `multiline`) whose accessible name is its label. */
export function LabelledField({ label, value, onInput, multiline = false, max = 100 }: { label: string; value: string; onInput(v: string): void; multiline?: boolean; max?: number }) {
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      {multiline ? (
        <Textarea className="input input--area" value={value} maxlength={max} nativeProps={{ 'aria-label': label }} onInput={(e) => onInput(e.detail.value)} />
      ) : (
        <Input className="input" value={value} maxlength={max} nativeProps={{ 'aria-label': label }} onInput={(e) => onInput(e.detail.value)} />
      )}
    </View>
  );
}
