import { Button, ScrollView, View } from '@tarojs/components';
import { useState } from 'react';
import type { PolicyListItem } from '#types/api/policy-views';
import { POLICY_CATEGORIES, POLICY_CATEGORY_LABELS, POLICY_STATUSES, POLICY_STATUS_LABELS, type PolicyCategory, type PolicyStatus } from '#types/models/policy';
import { PagedListView } from '@/components/ui/paged-list-view';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchPolicies } from '../api/policies-api';
import { PolicyCard } from './policy-card';

function Chips<T extends string>({ options, labels, value, onChange, all }: { options: readonly T[]; labels: Record<T, string>; value: T | undefined; onChange(v: T | undefined): void; all: string }) {
  return (
    <ScrollView scrollX className="chips">
      <Button className={value === undefined ? 'btn btn--small btn--primary' : 'btn btn--small'} onClick={() => onChange(undefined)}>
        {all}
      </Button>
      {options.map((o) => (
        <Button key={o} className={value === o ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-pressed={value === o} onClick={() => onChange(o)}>
          {labels[o]}
        </Button>
      ))}
    </ScrollView>
  );
}

/** The policy library: filter by category and status, newest first, page by page. */
export function PolicyLibrary() {
  const [category, setCategory] = useState<PolicyCategory | undefined>();
  const [status, setStatus] = useState<PolicyStatus | undefined>();
  const filters = { ...(category ? { category } : {}), ...(status ? { status } : {}) };
  const list = usePagedList<PolicyListItem>((cursor) => fetchPolicies(filters, cursor), JSON.stringify(filters));
  return (
    <View>
      <Chips options={POLICY_CATEGORIES} labels={POLICY_CATEGORY_LABELS} value={category} onChange={setCategory} all="全部类别" />
      <Chips options={POLICY_STATUSES} labels={POLICY_STATUS_LABELS} value={status} onChange={setStatus} all="全部状态" />
      <PagedListView list={list} empty="没有符合条件的政策" render={(p) => <PolicyCard key={p.id} policy={p} />} />
    </View>
  );
}
