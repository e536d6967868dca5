import { Button, Input, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { CASE_CATEGORY_LABELS, CONFIGURABLE_CATEGORIES as CASE_CATEGORIES, type ConfigurableCategory as CaseCategory } from '#types/models/case';
import { messageFor } from '@/lib/cloud';
import { fetchClocks, saveClocks } from '../api/cases-api';
import { StatusLine } from '@/components/ui/state-views';

/** The reply deadline per category in working days; admins may change it (new cases use it). */
export function CaseClocks({ editable }: { editable: boolean }) {
  const [days, setDays] = useState<Record<CaseCategory, string> | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    void fetchClocks().then((res) => {
      if (res.ok) setDays(Object.fromEntries(CASE_CATEGORIES.map((c) => [c, String(res.data.days[c])])) as Record<CaseCategory, string>);
      else setStatus(messageFor(res));
    });
  }, []);
  if (!days) return status ? <Text className="row__hint">{status}</Text> : null;
  const save = (): void => {
    const parsed = Object.fromEntries(CASE_CATEGORIES.map((c) => [c, Number(days[c])])) as Record<CaseCategory, number>;
    void saveClocks(parsed).then((res) => setStatus(res.ok ? '已保存，新提交的事项按新期限计算' : messageFor(res)));
  };
  return (
    <View className="card">
      <Text className="field__label">答复期限（工作日）</Text>
      {CASE_CATEGORIES.map((c) =>
        editable ? (
          <View key={c} className="field">
            <Text className="row__hint">{CASE_CATEGORY_LABELS[c]}</Text>
            <Input className="input" type="number" maxlength={2} value={days[c]} nativeProps={{ 'aria-label': CASE_CATEGORY_LABELS[c] }} onInput={(e) => setDays({ ...days, [c]: e.detail.value })} />
          </View>
        ) : (
          <Text key={c} className="row__hint">
            {CASE_CATEGORY_LABELS[c]}：{days[c]} 个工作日
          </Text>
        ),
      )}
      {editable && (
        <Button className="btn btn--small" onClick={save}>
          保存期限
        </Button>
      )}
      <StatusLine text={status} />
    </View>
  );
}
