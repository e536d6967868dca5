import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import type { CatalogueItem, CatalogueSection } from '#types/api/catalogue-views';
import { EmptyState, ErrorState, LoadingState, StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { fetchCatalogue, fetchCatalogueSection } from '../api/about-api';
import { CatalogueExport } from './catalogue-export';

function ItemRow({ item }: { item: CatalogueItem }) {
  return (
    <View className="card card--link" role="link" onClick={() => void Taro.navigateTo({ url: item.path })}>
      <Text className="card__title">{item.title}</Text>
      <Text className="row__hint">{[item.docNumber, item.date].filter(Boolean).join(' · ')}</Text>
    </View>
  );
}

/** One category: its first items, and the rest a page at a time. */
function SectionView({ section }: { section: CatalogueSection }) {
  const [items, setItems] = useState(section.items);
  const [cursor, setCursor] = useState(section.nextCursor);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const more = async (): Promise<void> => {
    if (!cursor) return;
    setBusy(true);
    const res = await fetchCatalogueSection(section.category, cursor);
    setBusy(false);
    if (!res.ok) return setError(messageFor(res));
    setError(null);
    setItems((shown) => [...shown, ...res.data.items]);
    setCursor(res.data.nextCursor);
  };
  return (
    <View className="section">
      <Text className="section__title">{section.label}</Text>
      {items.length === 0 ? <Text className="row__hint">暂无公开内容</Text> : items.map((item) => <ItemRow key={item.id} item={item} />)}
      <StatusLine text={error} />
      {cursor && (
        <Button className="btn btn--small" disabled={busy} onClick={() => void more()}>
          {busy ? '正在加载…' : `更多${section.label}`}
        </Button>
      )}
    </View>
  );
}

/** 政府信息公开目录: every category of what the bureau has published, and the whole list to take away. */
export function CatalogueBrowser() {
  const [sections, setSections] = useState<CatalogueSection[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    void fetchCatalogue().then((res) => (res.ok ? setSections(res.data.sections) : setError(messageFor(res))));
  }, []);
  useEffect(load, [load]);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!sections) return <LoadingState />;
  if (sections.every((s) => s.items.length === 0)) return <EmptyState text="暂无公开内容" />;
  return (
    <View className="list">
      <Text className="row__hint">本局主动公开的全部信息，按类别排列，点按查看。</Text>
      <CatalogueExport />
      {sections.map((s) => (
        <SectionView key={s.category} section={s} />
      ))}
    </View>
  );
}
