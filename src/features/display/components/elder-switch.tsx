import { Text, View } from '@tarojs/components';
import { useElderMode } from '../hooks/use-elder-mode';
import { useDisplayStore } from '../stores/display-store';

/** The 长辈模式 switch: one large row, easy to find and to tap; the row is the only control (the drawn
 * switch inside only shows the state), so screen readers meet one switch, not two nested ones. */
export function ElderSwitch() {
  const elder = useElderMode();
  const setElder = useDisplayStore((s) => s.setElder);
  return (
    <View className="row row--tap" onClick={() => setElder(!elder)} role="switch" aria-checked={elder} aria-label="长辈模式">
      <View className="row__main">
        <Text className="row__title">长辈模式</Text>
        <Text className="row__hint">字更大、按钮更大，看得清、点得准</Text>
      </View>
      <View className={elder ? 'switch switch--on' : 'switch'} aria-hidden />
    </View>
  );
}
