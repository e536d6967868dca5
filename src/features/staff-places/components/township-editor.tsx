import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { savePlace } from '../api/staff-places-api';
import { checkTownshipForm, type TownshipForm } from '../township-form';

/** One township and its villages; checked here with the function's own rules before it is sent. */
export function TownshipEditor({ initial, onSaved, onCancel }: { initial: TownshipForm; onSaved(name: string): void; onCancel(): void }) {
  const [form, setForm] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<TownshipForm>): void => setForm({ ...form, ...patch });

  const submit = (): void => {
    const checked = checkTownshipForm(form);
    if ('problem' in checked) return setStatus(checked.problem);
    setSaving(true);
    void savePlace(checked.input).then((res) => {
      setSaving(false);
      if (!res.ok) return setStatus(messageFor(res));
      onSaved(res.data.township.name);
    });
  };

  return (
    <View className="section">
      <Text className="section__title">{initial.name ? `修改${initial.name}` : '新增乡镇'}</Text>
      <Text className="row__hint">群众的通知设置、通知或项目在用的名称不能改名或删除；乡镇或村撤并后，把它标为“已撤并”：已选的人仍能看到，但不再供选择。</Text>
      <View className="field">
        <Text className="field__label">乡镇名称</Text>
        <Input className="input" value={form.name} placeholder="如 石门乡" nativeProps={{ 'aria-label': '乡镇名称' }} onInput={(e) => set({ name: e.detail.value })} />
      </View>
      <View className="field">
        <Text className="field__label">排序（数字小的在前）</Text>
        <Input className="input" type="number" value={form.order} nativeProps={{ 'aria-label': '排序' }} onInput={(e) => set({ order: e.detail.value })} />
      </View>
      <View className="field">
        <Text className="field__label">在用的村（社区），每行一个</Text>
        <Textarea className="input input--area" value={form.villages} maxlength={-1} autoHeight placeholder={'石门村\n上坪村'} nativeProps={{ 'aria-label': '在用的村（社区）' }} onInput={(e) => set({ villages: e.detail.value })} />
      </View>
      <View className="field">
        <Text className="field__label">已撤并的村，每行一个</Text>
        <Textarea className="input input--area" value={form.retiredVillages} maxlength={-1} autoHeight nativeProps={{ 'aria-label': '已撤并的村' }} onInput={(e) => set({ retiredVillages: e.detail.value })} />
      </View>
      <Button className={form.retired ? 'btn btn--primary' : 'btn'} aria-pressed={form.retired} onClick={() => set({ retired: !form.retired })}>
        {form.retired ? '✓ 整个乡镇已撤并（不再供选择）' : '整个乡镇已撤并？点一下标记'}
      </Button>
      <StatusLine text={status} />
      <Button className="btn btn--primary" loading={saving} disabled={saving} onClick={submit}>
        保存
      </Button>
      <Button className="btn" disabled={saving} onClick={onCancel}>
        取消
      </Button>
    </View>
  );
}
