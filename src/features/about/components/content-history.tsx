import { HistorySection } from '@/components/ui/history-section';
import { usePagedList } from '@/lib/use-paged-list';
import type { HistoryItem } from '#types/api/policy-views';
import { fetchHistory } from '../api/about-api';

/** 更新记录 of the guide, the bureau or a proposal reply. */
export function ContentHistory({ kind, id, version }: { kind: 'guide' | 'bureau' | 'proposal'; id: string; version: number }) {
  const list = usePagedList<HistoryItem>((cursor) => fetchHistory(kind, id, cursor), `${kind}:${id}:${version}`);
  return <HistorySection list={list} />;
}
