import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { DecisionListItem } from '#types/api/decision-views';
import { DECISION_KIND_LABELS, DECISION_KINDS, type DecisionKind, PUBLICITY_DEFAULTS, type PublicityDays } from '#types/models/decision';
import { PagedListView } from '@/components/ui/paged-list-view';
import { usePagedList } from '@/lib/use-paged-list';
import { type DecisionFilters as Filters, fetchDecisionFacets, fetchDecisions } from '../api/dual-publicity-api';
import { DecisionCard } from './decision-card';
import { DecisionFilters } from './decision-filters';

const period = (days: number): string => (days % 365 === 0 ? `${days / 365} 年` : `${days} 天`);

/** 双公示: licences and penalties in their publicity period, by tab, with search and filters. */
export function DecisionList({ initialKind = 'licence' }: { initialKind?: DecisionKind }) {
  const [filters, setFilters] = useState<Filters>({ kind: initialKind });
  const [facets, setFacets] = useState<{ authorities: string[]; days: PublicityDays }>({ authorities: [], days: PUBLICITY_DEFAULTS });
  useEffect(() => {
    void fetchDecisionFacets().then((res) => res.ok && setFacets(res.data));
  }, []);
  const list = usePagedList<DecisionListItem>((cursor) => fetchDecisions(filters, cursor), JSON.stringify(filters));
  return (
    <View>
      <View className="tabs" role="tablist">
        {DECISION_KINDS.map((k) => (
          <Button key={k} className={k === filters.kind ? 'tab tab--on' : 'tab'} {...{ role: 'tab' }} aria-selected={k === filters.kind} onClick={() => setFilters({ kind: k })}>
            {DECISION_KIND_LABELS[k]}
          </Button>
        ))}
      </View>
      <Text className="row__hint">
        决定作出之日起 7 个工作日内公示，公示期 {period(facets.days[filters.kind])}；自然人只显示姓氏。
      </Text>
      <DecisionFilters key={filters.kind} filters={filters} authorities={facets.authorities} onChange={setFilters} />
      <PagedListView list={list} empty={filters.q || Object.keys(filters).length > 1 ? '没有符合条件的决定，换个关键词或筛选条件试试' : `公示期内暂无${DECISION_KIND_LABELS[filters.kind]}决定`} render={(d) => <DecisionCard key={d.id} item={d} />} />
    </View>
  );
}
