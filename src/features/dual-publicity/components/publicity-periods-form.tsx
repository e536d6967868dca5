import { Button, Input, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { DECISION_KIND_LABELS, DECISION_KINDS, type DecisionKind, PUBLICITY_BOUNDS } from '#types/models/decision';
import { StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { fetchDecisionFacets, savePublicityPeriods } from '../api/dual-publicity-api';

/** Admins: days each kind stays in public view after its decision date. */
export function PublicityPeriodsForm() {
  const [days, setDays] = useState<Record<DecisionKind, string> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    void fetchDecisionFacets().then((res) => (res.ok ? setDays({ licence: String(res.data.days.licence), penalty: String(res.data.days.penalty) }) : setNotice(messageFor(res))));
  }, []);
  if (!days) return <StatusLine text={notice} />;
  const save = async (): Promise<void> => {
    const res = await savePublicityPeriods({ licence: Number(days.licence), penalty: Number(days.penalty) });
    setNotice(res.ok ? '已保存，公开列表立即按新的公示期显示' : messageFor(res));
  };
  return (
    <View className="section">
      <Text className="section__title">公示期限（管理员）</Text>
      {DECISION_KINDS.map((k) => (
        <View key={k} className="field">
          <Text className="field__label">
            {DECISION_KIND_LABELS[k]}公示天数（{PUBLICITY_BOUNDS[k][0]}—{PUBLICITY_BOUNDS[k][1]}）
          </Text>
          <Input className="input" type="number" maxlength={4} value={days[k]} nativeProps={{ 'aria-label': `${DECISION_KIND_LABELS[k]}公示天数` }} onInput={(e) => setDays({ ...days, [k]: e.detail.value })} />
        </View>
      ))}
      <Button className="btn" onClick={() => void save()}>
        保存公示期限
      </Button>
      <StatusLine text={notice} />
    </View>
  );
}
