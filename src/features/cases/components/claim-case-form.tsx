import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { messageFor } from '@/lib/cloud';
import { claimCase } from '../api/cases-api';

/** 电话、来信反映过？ A case staff recorded from the hotline, a letter or a visit, found with its tracking
 * number and the code the person was given, and from then on followed here with the others. */
export function ClaimCaseForm({ onClaimed }: { onClaimed(message: string): void }) {
  const [trackingNo, setTrackingNo] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const send = async (): Promise<void> => {
    setBusy(true);
    setProblem(null);
    const res = await claimCase(trackingNo.trim(), code.trim());
    setBusy(false);
    if (!res.ok) return setProblem(messageFor(res));
    setTrackingNo('');
    setCode('');
    onClaimed(`已找到编号 ${res.data.trackingNo} 的事项，答复会在这里显示`);
  };
  return (
    <View className="card">
      <Text className="section__title">电话、来信反映过？</Text>
      <Text className="row__hint">输入工作人员告诉你的编号和 6 位查询码，就能在这里查看办理进度和答复。</Text>
      <View className="field">
        <Text className="field__label">编号</Text>
        <Input className="input" value={trackingNo} placeholder="如 20261130-ABC234" maxlength={15} nativeProps={{ 'aria-label': '编号' }} onInput={(e) => setTrackingNo(e.detail.value)} />
      </View>
      <View className="field">
        <Text className="field__label">查询码</Text>
        <Input className="input" type="number" value={code} placeholder="6 位数字" maxlength={6} nativeProps={{ 'aria-label': '查询码' }} onInput={(e) => setCode(e.detail.value)} />
      </View>
      {problem && (
        <View role="alert">
          <Text className="row__hint">{problem}</Text>
        </View>
      )}
      <Button className="btn btn--primary" disabled={busy || !trackingNo.trim() || code.trim().length !== 6} loading={busy} onClick={() => void send()}>
        查找并加入我的提问
      </Button>
    </View>
  );
}
