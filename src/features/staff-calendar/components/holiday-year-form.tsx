import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import * as v from 'valibot';
import { describeIssues } from '#types/api/describe-issues';
import { holidayYearInput } from '#types/api/holiday-calendar';
import { StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { saveHolidayYear } from '../api/calendar-api';
import { parseDates, parseHolidayLines } from '../parse-holiday-text';

/** Admins enter a year from the State Council's notice; checked here with the function's own rules. */
export function HolidayYearForm({ year, onSaved }: { year: number; onSaved: () => void }) {
  const [form, setForm] = useState({ year: String(year), holidays: '', workdays: '', source: '' });
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = (): void => {
    const { holidays, unreadable } = parseHolidayLines(form.holidays);
    if (unreadable) return setStatus(`这一行没看懂：“${unreadable}”。请写成“春节 2027-02-06 至 2027-02-13”`);
    const input = { year: Number(form.year), holidays, workdays: parseDates(form.workdays), source: form.source.trim() };
    const checked = v.safeParse(holidayYearInput, input);
    if (!checked.success) return setStatus(describeIssues(checked.issues));
    setSaving(true);
    void saveHolidayYear(checked.output).then((res) => {
      setSaving(false);
      if (!res.ok) return setStatus(messageFor(res));
      setStatus(`已保存 ${res.data.year.year} 年的安排，重新计算了 ${res.data.recomputed} 个答复期限`);
      onSaved();
    });
  };

  return (
    <View className="section">
      <Text className="section__title">录入节假日安排</Text>
      <Text className="row__hint">照国务院办公厅《关于{form.year}年部分节假日安排的通知》填写。保存后，跨入这一年的答复期限会按新安排重新计算。</Text>
      <View className="field">
        <Text className="field__label">年份</Text>
        <Input className="input" type="number" value={form.year} nativeProps={{ 'aria-label': '年份' }} onInput={(e) => setForm({ ...form, year: e.detail.value })} />
      </View>
      <View className="field">
        <Text className="field__label">放假安排（每行一个节日）</Text>
        <Textarea className="input input--area" placeholder={'元旦 2027-01-01 至 2027-01-03\n春节 2027-02-06 至 2027-02-13'} value={form.holidays} nativeProps={{ 'aria-label': '放假安排' }} onInput={(e) => setForm({ ...form, holidays: e.detail.value })} />
      </View>
      <View className="field">
        <Text className="field__label">调休上班日（周六、周日上班的日期）</Text>
        <Textarea className="input input--area" placeholder="2027-02-14 2027-02-20" value={form.workdays} nativeProps={{ 'aria-label': '调休上班日' }} onInput={(e) => setForm({ ...form, workdays: e.detail.value })} />
      </View>
      <View className="field">
        <Text className="field__label">通知文号或标题</Text>
        <Input className="input" placeholder="国办发明电〔2026〕×号" value={form.source} nativeProps={{ 'aria-label': '通知文号或标题' }} onInput={(e) => setForm({ ...form, source: e.detail.value })} />
      </View>
      <Button className="btn btn--primary" loading={saving} disabled={saving} onClick={submit}>
        保存
      </Button>
      <StatusLine text={status} />
    </View>
  );
}
