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
export function PolicyLibrary() {
  const [category, setCategory] = useState<PolicyCategory | undefined>();
  const [status, setStatus] = useState<PolicyStatus | undefined>();
  const filters = { ...(category ? { category } : {}), ...(status ? { status } : {}) };
  const list = usePagedList<PolicyListItem>((cursor) => fetchPolicies(filters, cursor), JSON.stringify(filters));
  return (
    <View>
      <ChoiceChips options={POLICY_CATEGORIES} labels={POLICY_CATEGORY_LABELS} value={category} onChange={setCategory} all="全部类别" />
      <ChoiceChips options={POLICY_STATUSES} labels={POLICY_STATUS_LABELS} value={status} onChange={setStatus} all="全部状态" />
      <PagedListView list={list} empty="没有符合条件的政策" render={(p) => <PolicyCard key={p.id} policy={p} />} />
    </View>
  );
}
