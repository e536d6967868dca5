import { Text, View } from '@tarojs/components';
import type { GlossaryTerm } from '#types/api/policy-views';
import { PagedListView } from '@/components/ui/paged-list-view';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchTerms } from '../api/glossary-api';

/** 术语解释: official terms in plain words; a linked term is shown highlighted. */
export function GlossaryList({ focusId }: { focusId: string | null }) {
  const list = usePagedList<GlossaryTerm>((cursor) => fetchTerms(cursor), 'terms');
  return (
    <PagedListView
      list={list}
      empty="还没有术语解释"
      render={(t) => (
        <View key={t.id} className={t.id === focusId ? 'card card--focus' : 'card'}>
          <Text className="card__title">{t.term}</Text>
          {t.aliases.length > 0 && <Text className="card__date">也叫：{t.aliases.join('、')}</Text>}
          <Text className="card__summary">{t.plain}</Text>
        </View>
      )}
    />
  );
}
