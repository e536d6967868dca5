import { Button, Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import type { PosterSheet } from '#types/api/posters';
import { activeTownships } from '#types/api/places';
import { FEED_KIND_LABELS, FEED_PATHS, type FeedItem } from '#types/models/feed';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { ErrorState, LoadingState, StatusLine } from '@/components/ui/state-views';
import { usePlaces } from '@/features/places';
import { messageFor } from '@/lib/cloud';
import { newRequestId } from '@/lib/new-request-id';
import { fetchPoster, fetchRecentItems, makePoster } from '../api/posters-api';
import { PosterSheetView } from './poster-sheet-view';

const BOARD = 'board';
const WHOLE_TOWNSHIP = '';

/**
 * 制作海报: for one village's (or township's) notice board, a poster of a published item or this month's
 * 本村公开栏 sheet. Opened with `refId` (an item), `id` (reprint a poster), or nothing (choose).
 */
export function PosterMaker({ refId, posterId }: { refId?: string; posterId?: string }) {
  const places = usePlaces();
  const [items, setItems] = useState<FeedItem[] | null>(null);
  const [subject, setSubject] = useState<string | undefined>(refId ?? (posterId ? undefined : BOARD));
  const [town, setTown] = useState<string | undefined>(undefined);
  const [village, setVillage] = useState<string | undefined>(WHOLE_TOWNSHIP);
  const [sheet, setSheet] = useState<PosterSheet | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId('p'));
  useEffect(() => {
    if (posterId) void fetchPoster(posterId).then((res) => (res.ok ? setSheet(res.data) : setStatus(messageFor(res))));
    else if (!refId) void fetchRecentItems().then((res) => res.ok && setItems(res.data.items.filter((i) => FEED_PATHS[i.kind])));
  }, [posterId, refId]);
  if (posterId) return sheet ? <PosterSheetView sheet={sheet} /> : status ? <ErrorState message={status} /> : <LoadingState />;
  if (places.error) return <ErrorState message={places.error} onRetry={places.reload} />;
  if (!places.townships) return <LoadingState />;
  const offered = activeTownships(places.townships);
  const villages = offered.find((t) => t.name === town)?.villages.filter((v) => !v.retired) ?? [];
  const make = async (): Promise<void> => {
    if (!town || !subject) return;
    setBusy(true);
    setStatus(null);
    const made = await makePoster(requestId.current, { township: town, village: village || null }, subject === BOARD ? undefined : subject);
    if (made.ok) requestId.current = newRequestId('p');
    const res = made.ok ? await fetchPoster(made.data.id) : made;
    setBusy(false);
    if (!res.ok) return setStatus(messageFor(res));
    setSheet(res.data);
  };
  const subjects = [BOARD, ...(refId ? [refId] : (items ?? []).map((i) => i.refId))];
  const labels: Record<string, string> = { [BOARD]: '本村公开栏（本月涉及这里的通知）', ...Object.fromEntries((items ?? []).map((i) => [i.refId, `${FEED_KIND_LABELS[i.kind]}｜${i.title}`])), ...(refId ? { [refId]: '这条内容' } : {}) };
  return (
    <View className="list">
      <Text className="row__hint">海报贴在村务公开栏：大标题、几条要点、小程序码（扫码次数按海报统计，不记录扫码人）、网页链接、咨询电话和日期。只能为已发布的内容制作。</Text>
      <Text className="field__label">海报内容</Text>
      <ChoiceChips options={subjects} labels={labels} value={subject} onChange={setSubject} wrap />
      <Text className="field__label">贴在哪里</Text>
      <ChoiceChips options={offered.map((t) => t.name)} labels={Object.fromEntries(offered.map((t) => [t.name, t.name]))} value={town} onChange={(t) => { setTown(t); setVillage(WHOLE_TOWNSHIP); }} wrap />
      {town && (
        <ChoiceChips options={[WHOLE_TOWNSHIP, ...villages.map((v) => v.name)]} labels={{ [WHOLE_TOWNSHIP]: '乡镇公开栏', ...Object.fromEntries(villages.map((v) => [v.name, v.name])) }} value={village} onChange={(v) => setVillage(v ?? WHOLE_TOWNSHIP)} wrap />
      )}
      <Button className="btn btn--primary" disabled={busy || !town || !subject} loading={busy} onClick={() => void make()}>
        生成海报
      </Button>
      <StatusLine text={status} />
      {sheet && <PosterSheetView sheet={sheet} />}
    </View>
  );
}
