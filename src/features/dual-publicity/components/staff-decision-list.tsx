import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { StaffDecisionItem } from '#types/api/decision-views';
import { DECISION_KIND_LABELS, type DecisionKind } from '#types/models/decision';
import { PagedListView } from '@/components/ui/paged-list-view';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchStaffDecisions } from '../api/dual-publicity-api';

const day = (iso: string): string => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

function StaffDecisionCard({ item }: { item: StaffDecisionItem }) {
  return (
    <View className="card">
      <View className="card__meta">
        {item.late && <Text className="chip chip--overdue">超期公示</Text>}
        <Text className="card__date">决定 {item.decisionDate}</Text>
      </View>
      <Text className="card__title">{item.partyName}</Text>
      <Text className="row__hint">{item.decisionNo}</Text>
      <Text className="row__hint">
        {day(item.publishedAt)} 公示，应于 {day(item.dueAt)} 前
      </Text>
    </View>
  );
}

/** What is published of a kind, in public view or not, with the late ones flagged and countable. */
export function StaffDecisionList({ kind, refresh }: { kind: DecisionKind; refresh: number }) {
  const [lateOnly, setLateOnly] = useState(false);
  const [counts, setCounts] = useState<{ total: number; lateCount: number } | null>(null);
  const list = usePagedList<StaffDecisionItem>(
    (cursor) =>
      fetchStaffDecisions(kind, lateOnly, cursor).then((res) => {
        if (res.ok) setCounts({ total: res.data.total, lateCount: res.data.lateCount });
        return res;
      }),
    `${kind}:${lateOnly}:${refresh}`,
  );
  return (
    <View className="section">
      <Text className="section__title">已公示的{DECISION_KIND_LABELS[kind]}</Text>
      {counts && <Text className="row__hint">共 {counts.total} 条，超过 7 个工作日才公示的 {counts.lateCount} 条</Text>}
      <Button className={lateOnly ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-pressed={lateOnly} onClick={() => setLateOnly(!lateOnly)}>
        {lateOnly ? '✓ ' : ''}只看超期公示的
      </Button>
      <PagedListView list={list} empty={lateOnly ? '没有超期公示的决定' : '还没有导入'} inSection render={(d) => <StaffDecisionCard key={d.id} item={d} />} />
    </View>
  );
}
