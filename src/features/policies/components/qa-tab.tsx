import type { PolicyView, QaItem } from '#types/api/policy-views';
import { PagedListView } from '@/components/ui/paged-list-view';
import { QaCard } from '@/components/ui/qa-card';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchPolicyQas } from '../api/policies-api';

/** 一问一答 of this policy, a page at a time. */
export function QaTab({ policy }: { policy: PolicyView }) {
  const list = usePagedList<QaItem>((cursor) => fetchPolicyQas(policy.id, cursor), policy.id);
  return <PagedListView list={list} inSection empty="这项政策还没有问答" render={(q) => <QaCard key={q.id} question={q.question} answer={q.answer} terms={policy.terms} />} />;
}
