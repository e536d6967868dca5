import { View } from '@tarojs/components';
import { useState } from 'react';
import type { PolicyListItem } from '#types/api/policy-views';
import { POLICY_CATEGORIES, POLICY_CATEGORY_LABELS, POLICY_STATUSES, POLICY_STATUS_LABELS, type PolicyCategory, type PolicyStatus } from '#types/models/policy';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { PagedListView } from '@/components/ui/paged-list-view';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchPolicies } from '../api/policies-api';
import { PolicyCard } from './policy-card';

/** The policy library: filter by category and status, newest first, page by page. */
// The last ten years, newest first, as the year filter's choices.
const YEARS = Array.from({ length: 10 }, (_, i) => String(new Date().getFullYear() - i));
const YEAR_LABELS = Object.fromEntries(YEARS.map((y) => [y, `${y}年`])) as Record<string, string>;

export function PolicyLibrary() {
  const [category, setCategory] = useState<PolicyCategory | undefined>();
  const [status, setStatus] = useState<PolicyStatus | undefined>();
  const [year, setYear] = useState<string | undefined>();
  const filters = { ...(category ? { category } : {}), ...(status ? { status } : {}), ...(year ? { year: Number(year) } : {}) };
  const list = usePagedList<PolicyListItem>((cursor) => fetchPolicies(filters, cursor), JSON.stringify(filters));
  return (
    <View>
      <ChoiceChips options={POLICY_CATEGORIES} labels={POLICY_CATEGORY_LABELS} value={category} onChange={setCategory} all="全部类别" />
      <ChoiceChips options={POLICY_STATUSES} labels={POLICY_STATUS_LABELS} value={status} onChange={setStatus} all="全部状态" />
      <ChoiceChips options={YEARS} labels={YEAR_LABELS} value={year} onChange={setYear} all="全部年份" />
      <PagedListView list={list} empty="没有符合条件的政策" render={(p) => <PolicyCard key={p.id} policy={p} />} />
    </View>
  );
}
