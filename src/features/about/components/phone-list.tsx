import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { dialDigits } from '#types/api/phone-number';
import type { PhoneLine } from '#types/models/disclosure-guide';

/** Hands the number to the phone's dialler. */
export const dial = (number: string): void => void Taro.makePhoneCall({ phoneNumber: dialDigits(number) });

/** Phone numbers as buttons that call when tapped, each saying what it is for. */
export function PhoneList({ phones }: { phones: PhoneLine[] }) {
  return (
    <View className="list">
      {phones.map((p) => (
        <Button key={`${p.label}-${p.number}`} className="btn" onClick={() => dial(p.number)}>
          {p.label}：{p.number}（点按拨打）
        </Button>
      ))}
    </View>
  );
}
