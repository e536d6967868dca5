import { Text, View } from '@tarojs/components';

/** A labelled progress bar; the percentage is also given as text for screen readers. */
export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  const clamped = Math.max(0, Math.min(100, percent));
  return (
    <View className="progress" role="progressbar" aria-valuenow={clamped} aria-valuemin={0} aria-valuemax={100} aria-label={label}>
      <View className="progress__track">
        <View className="progress__fill" style={{ width: `${clamped}%` }} />
      </View>
      <Text className="progress__text">{clamped}%</Text>
    </View>
  );
}
