import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TownshipView } from '#types/api/places';
import { ErrorState, LoadingState, StatusLine } from '@/components/ui/state-views';
import { forgetPlaces, usePlaces } from '@/features/places';
import { newRequestId } from '@/lib/new-request-id';
import { emptyTownshipForm, type TownshipForm, townshipFormOf } from '../township-form';
import { TownshipEditor } from './township-editor';

function TownshipCard({ t, onEdit }: { t: TownshipView; onEdit?: () => void }) {
  const inUse = t.villages.filter((v) => !v.retired).map((v) => v.name);
  const retired = t.villages.filter((v) => v.retired).map((v) => v.name);
  return (
    <View className="card">
      <Text className="card__title">
        {t.name}
        {t.retired ? '（已撤并）' : ''}
      </Text>
      <Text className="card__summary">{inUse.length ? `${inUse.length} 个村（社区）：${inUse.join('、')}` : '还没有村'}</Text>
      {retired.length > 0 && <Text className="row__hint">已撤并：{retired.join('、')}</Text>}
      {onEdit && (
        <Button className="btn btn--small" onClick={onEdit}>
          修改{t.name}
        </Button>
      )}
    </View>
  );
}

/** 乡镇村名单: the list every place choice is made from; admins change it. */
export function PlacesPage({ isAdmin }: { isAdmin: boolean }) {
  const { townships, error, reload } = usePlaces();
  const [editing, setEditing] = useState<TownshipForm | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  if (error) return <ErrorState message={error} onRetry={reload} />;
  if (!townships) return <LoadingState />;
  if (editing) {
    const saved = (name: string): void => {
      setEditing(null);
      setStatus(`已保存${name}`);
      forgetPlaces();
      reload();
    };
    return <TownshipEditor initial={editing} onSaved={saved} onCancel={() => setEditing(null)} />;
  }
  const nextOrder = Math.max(0, ...townships.map((t) => t.order)) + 1;
  return (
    <View className="list">
      <Text className="row__hint">通知设置里群众选的“关心哪里”、通知的影响范围、项目所在乡镇，都从这份名单里选。</Text>
      <StatusLine text={status} />
      {isAdmin ? (
        <Button className="btn btn--primary" onClick={() => setEditing(emptyTownshipForm(newRequestId('town'), nextOrder))}>
          新增乡镇
        </Button>
      ) : (
        <Text className="row__hint">只有管理员可以修改乡镇村名单。</Text>
      )}
      {townships.length === 0 && <Text className="row__hint">名单还是空的：请先新增本县的乡镇和村，群众和工作人员才能选择地点。</Text>}
      {townships.map((t) => (
        <TownshipCard key={t.id} t={t} onEdit={isAdmin ? () => setEditing(townshipFormOf(t)) : undefined} />
      ))}
    </View>
  );
}
