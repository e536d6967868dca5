import { View } from '@tarojs/components';
import { type ReactNode, useState } from 'react';
import type { CaseView } from '#types/api/case-views';
import type { Result } from '#types/result';
import { PagedListView } from '@/components/ui/paged-list-view';
import { usePagedList } from '@/lib/use-paged-list';
import { CaseCard } from './case-card';
import { StatusLine } from '@/components/ui/state-views';

type Fetch<T> = (cursor?: string) => Promise<Result<{ items: T[]; nextCursor: string | null }>>;

/**
 * Cases as cards, each with what the viewer may do (`action`). When an action reports back, its
 * message is shown and the list reloaded, since the case's status will have moved.
 */
export function CaseList<T extends CaseView>({ fetch, listKey, empty, action }: { fetch: Fetch<T>; listKey: string; empty: string; action(item: T, done: (message: string) => void): ReactNode }) {
  const list = usePagedList<T>(fetch, listKey);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string): void => {
    setNotice(message);
    list.reload();
  };
  return (
    <View className="list">
      <StatusLine text={notice} />
      <PagedListView
        list={list}
        empty={empty}
        render={(c) => (
          <CaseCard key={c.id} item={c}>
            {action(c, done)}
          </CaseCard>
        )}
      />
    </View>
  );
}
