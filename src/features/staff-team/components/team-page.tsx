import { Button, Checkbox, CheckboxGroup, Input, Label, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import type { StaffMember } from '#types/api/staff';
import { STAFF_ROLES, STAFF_ROLE_LABELS, type StaffRole } from '#types/models/staff';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { fetchTeam, saveRoles } from '../api/staff-team-api';
import { VillagePicker } from './village-picker';
import { PersonalDataAdmin } from '@/features/personal-data/components/personal-data-admin';

/** Admins see the staff and grant or withdraw roles. The server checks the role on every call. */
export function TeamPage() {
  const [team, setTeam] = useState<StaffMember[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState({ openid: '', name: '', roles: ['editor'] as StaffRole[], villages: [] as string[] });
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    void fetchTeam().then((res) => (res.ok ? setTeam(res.data.items) : setError(messageFor(res))));
  }, []);
  useEffect(load, [load]);

  const submit = (): void => {
    setSaving(true);
    setNotice(null);
    void saveRoles(form.openid.trim(), form.name.trim(), form.roles, form.roles.includes('liaison') ? form.villages : []).then((res) => {
      setSaving(false);
      setNotice(res.ok ? '已保存' : messageFor(res));
      if (res.ok) load();
    });
  };

  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!team) return <LoadingState />;
  return (
    <View className="list">
      <Text className="section__title">工作人员（{team.length}）</Text>
      {team.length === 0 && <EmptyState text="还没有工作人员" />}
      {team.map((m) => (
        <View key={m.openid} className="card">
          <Text className="card__title">{m.name}</Text>
          <Text className="card__summary">
            {m.roles.map((r) => STAFF_ROLE_LABELS[r]).join('、')}
            {m.villages.length ? `（负责：${m.villages.map((v) => v.replace('/', '')).join('、')}）` : ''}
          </Text>
        </View>
      ))}
      <View className="section">
        <Text className="section__title">添加或修改角色</Text>
        <Input className="input" placeholder="对方的 OPENID" value={form.openid} onInput={(e) => setForm({ ...form, openid: e.detail.value })} />
        <Input className="input" placeholder="姓名" maxlength={30} value={form.name} onInput={(e) => setForm({ ...form, name: e.detail.value })} />
        <CheckboxGroup onChange={(e) => setForm({ ...form, roles: e.detail.value as StaffRole[] })}>
          {STAFF_ROLES.map((role) => (
            <Label key={role} className="row">
              <Checkbox value={role} checked={form.roles.includes(role)} />
              <Text>{STAFF_ROLE_LABELS[role]}</Text>
            </Label>
          ))}
        </CheckboxGroup>
        {form.roles.includes('liaison') && <VillagePicker villages={form.villages} onChange={(villages) => setForm({ ...form, villages })} />}
        <Text className="row__hint">不勾选任何角色并保存，即取消其工作人员身份。</Text>
        <Button className="btn btn--primary" loading={saving} disabled={saving} onClick={submit}>
          保存
        </Button>
        {notice && (
          <View role="status">
            <Text>{notice}</Text>
          </View>
        )}
      </View>
      <PersonalDataAdmin />
    </View>
  );
}
