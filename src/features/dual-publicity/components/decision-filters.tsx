import { Button, Input, View } from '@tarojs/components';
import { useState } from 'react';
import { PENALTY_TYPES, type PenaltyType } from '#types/models/decision';
import { ChoiceChips } from '@/components/ui/choice-chips';
import type { DecisionFilters as Filters } from '../api/dual-publicity-api';

const labelsOf = <T extends string>(values: readonly T[], suffix = ''): Record<T, string> => Object.fromEntries(values.map((v) => [v, `${v}${suffix}`])) as Record<T, string>;
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));

/** Keyword (party, decision number, content), year and month, authority and, for penalties, the type. */
export function DecisionFilters({ filters, authorities, onChange }: { filters: Filters; authorities: string[]; onChange(next: Filters): void }) {
  const [q, setQ] = useState(filters.q ?? '');
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 5 }, (_, i) => String(thisYear - i));
  const set = (patch: Partial<Filters>): void => onChange(Object.fromEntries(Object.entries({ ...filters, ...patch }).filter(([, v]) => v !== undefined)) as Filters);
  return (
    <View className="list">
      <View className="search-box" role="search">
        <Input className="input search-box__input" value={q} placeholder="当事人名称、决定文书号或内容" confirmType="search" maxlength={40} nativeProps={{ 'aria-label': '搜索双公示' }} onInput={(e) => setQ(e.detail.value)} onConfirm={() => set({ q: q.trim() })} />
        <Button className="btn btn--primary btn--small" onClick={() => set({ q: q.trim() })}>
          搜索
        </Button>
      </View>
      <ChoiceChips options={years} labels={labelsOf(years, ' 年')} value={filters.year === undefined ? undefined : String(filters.year)} onChange={(y) => set({ year: y ? Number(y) : undefined, month: undefined })} all="全部年份" />
      {filters.year !== undefined && (
        <ChoiceChips options={MONTHS} labels={labelsOf(MONTHS, ' 月')} value={filters.month === undefined ? undefined : String(filters.month)} onChange={(m) => set({ month: m ? Number(m) : undefined })} all="全年" />
      )}
      {authorities.length > 1 && <ChoiceChips options={authorities} labels={labelsOf(authorities)} value={filters.authority} onChange={(authority) => set({ authority })} all="全部机关" wrap />}
      {filters.kind === 'penalty' && <ChoiceChips options={PENALTY_TYPES} labels={labelsOf(PENALTY_TYPES)} value={filters.penaltyType as PenaltyType | undefined} onChange={(penaltyType) => set({ penaltyType })} all="全部处罚类别" />}
    </View>
  );
}
