import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { SearchResultHit } from '#types/api/search-views';
import { SEARCH_KIND_LABELS } from '#types/models/search';
import { HighlightedText } from '@/components/ui/highlighted-text';

/** One search hit: its kind, 「可能相关」 when it does not answer well, and for a Q&A the service that does it. */
export function SearchHitCard({ hit, onOpen }: { hit: SearchResultHit; onOpen(): void }) {
  return (
    <View
      className="card card--link"
      role="link"
      onClick={() => {
        onOpen();
        void Taro.navigateTo({ url: hit.path });
      }}
    >
      <View className="card__meta">
        <Text className="chip">{SEARCH_KIND_LABELS[hit.kind]}</Text>
        {hit.weak && <Text className="chip chip--none">可能相关</Text>}
      </View>
      <Text className="card__title">{hit.title}</Text>
      <HighlightedText className="card__summary" text={hit.snippet} ranges={hit.highlights} />
      {hit.guide && (
        <Button
          className="btn btn--link"
          onClick={(e) => {
            e.stopPropagation();
            onOpen();
            void Taro.navigateTo({ url: hit.guide?.path ?? '' });
          }}
        >
          {`去办理：${hit.guide.title}`}
        </Button>
      )}
    </View>
  );
}
