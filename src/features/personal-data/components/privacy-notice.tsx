import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { RetentionDays } from '#types/models/retention';
import { fetchRetention } from '../api/personal-data-api';

/** 1095 → "3 年", 365 → "1 年", 180 → "180 天". */
export const periodText = (days: number): string => (days % 365 === 0 ? `${days / 365} 年` : `${days} 天`);

/** `kept`: "办结 1 年后" once the figure is read, "办结后按规定期限" until then. */
const WHAT_FOR = {
  cases: (kept: string) => `留下的手机号只用于工作人员回电联系你，不会公开给任何人；事项${kept}，手机号和照片会自动删除。`,
  disclosures: (kept: string) => `证件号码、电话、地址和邮箱只用于核实申请人身份和送达答复，不会公开给任何人；申请${kept}会自动删除（依法复议、诉讼期间需要留存）。`,
};

/** Where phone and ID numbers are asked for: what they are for and how long they are kept (the figure an admin set). */
export function PrivacyNotice({ kind }: { kind: 'cases' | 'disclosures' }) {
  const [days, setDays] = useState<RetentionDays | null>(null);
  useEffect(() => {
    let live = true;
    void fetchRetention().then((res) => live && res.ok && setDays(res.data.days));
    return () => {
      live = false;
    };
  }, []);
  const figure = days?.[kind];
  return (
    <View className="card">
      <Text className="row__hint">
        {WHAT_FOR[kind](typeof figure === 'number' ? `办结 ${periodText(figure)}后` : '办结后按规定期限')}
        工作人员默认只看到隐去部分数字的号码，查看完整号码会留下记录。
      </Text>
    </View>
  );
}
