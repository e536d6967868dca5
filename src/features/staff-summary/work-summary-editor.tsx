import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import type { WorkSummaryView } from '#types/api/work-summary-views';
import { SUMMARY_SECTION_LABELS, SUMMARY_SECTIONS, SUMMARY_STATUS_LABELS, type SummarySection } from '#types/models/work-summary';
import type { Result } from '#types/result';
import { halfName } from '#types/text/summary-words';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { ErrorState, LoadingState, StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { fetchWorkSummary, reviewWorkSummary, saveWorkSummary, submitWorkSummary } from './summary-api';
import { SummaryFiguresPanel } from './summary-figures-panel';

type Half = 1 | 2;
const HALVES = ['1', '2'] as const;
const HALF_LABELS = { 1: '上半年', 2: '下半年' } as const;


/**
 * 半年工作总结: the four sections drafted from the records, the figures beside them; editors save and submit,
 * a reviewer who wrote none of it marks it reviewed or returns it. A staff document: never published here.
 */
export function WorkSummaryEditor({ canEdit, canReview }: { canEdit: boolean; canReview: boolean }) {
  // Null until staff pick one: the function answers the half-year it is in by its own clock (Beijing).
  const [period, setPeriod] = useState<{ year: number; half: Half } | null>(null);
  const [view, setView] = useState<WorkSummaryView | null>(null);
  const [text, setText] = useState<Record<SummarySection, string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => {
    setView(null);
    setError(null);
    void fetchWorkSummary(period).then((res) => {
      if (!res.ok) return setError(messageFor(res));
      setView(res.data);
      setText(res.data.sections);
    });
  }, [period]);
  useEffect(load, [load]);
  const act = async (run: () => Promise<Result<WorkSummaryView>>, done: string): Promise<void> => {
    setBusy(true);
    const res = await run();
    setBusy(false);
    if (!res.ok) return setNotice(messageFor(res));
    setView(res.data);
    setText(res.data.sections);
    setNotice(done);
  };
  const shown = period ?? (view ? { year: view.year, half: view.half } : null);
  const years = shown ? [shown.year - 1, shown.year, shown.year + 1].map(String) : [];
  const header = shown && (
    <View className="section">
      <ChoiceChips options={years} labels={Object.fromEntries(years.map((y) => [y, `${y}年`]))} value={String(shown.year)} onChange={(y) => y && setPeriod({ ...shown, year: Number(y) })} />
      <ChoiceChips options={HALVES} labels={HALF_LABELS} value={String(shown.half) as '1' | '2'} onChange={(h) => h && setPeriod({ ...shown, half: Number(h) as Half })} />
    </View>
  );
  if (error) return <View className="list">{header}<ErrorState message={error} onRetry={load} /></View>;
  if (!view || !text) return <View className="list">{header}<LoadingState text="正在统计…" /></View>;
  const status = view.status ? SUMMARY_STATUS_LABELS[view.status] : '尚未保存（以下为按统计数据起草的初稿）';
  return (
    <View className="list">
      {header}
      <Text className="section__title">{`${halfName(view.year, view.half)}工作总结 · ${status}${view.version ? ` · 第 ${view.version} 版` : ''}`}</Text>
      {view.reviewNote && view.status === 'returned' && (
        <View className="banner" role="alert">
          <Text>{`审核意见：${view.reviewNote}`}</Text>
        </View>
      )}
      <Text className="row__hint">总结只在工作人员页面使用，不会发布；审核通过后再由本局按程序使用。</Text>
      {SUMMARY_SECTIONS.map((s) => (
        <View key={s} className="field">
          <Text className="field__label">{SUMMARY_SECTION_LABELS[s]}</Text>
          <Textarea className="input input--area" value={text[s]} maxlength={5000} autoHeight disabled={!canEdit} nativeProps={{ 'aria-label': SUMMARY_SECTION_LABELS[s] }} onInput={(e) => setText({ ...text, [s]: e.detail.value })} />
        </View>
      ))}
      <StatusLine text={notice} />
      {canEdit && (
        <>
          <Button className="btn btn--primary" disabled={busy} onClick={() => void act(() => saveWorkSummary({ year: view.year, half: view.half }, view.version, text), '已保存')}>
            保存
          </Button>
          <Button className="btn" disabled={busy} onClick={() => setText(view.drafted)}>
            用最新统计数据重新起草（未保存的修改会丢失）
          </Button>
          {(view.status === 'draft' || view.status === 'returned') && (
            <Button className="btn" disabled={busy} onClick={() => void act(() => submitWorkSummary({ year: view.year, half: view.half }, view.version), '已提交审核')}>
              提交审核
            </Button>
          )}
        </>
      )}
      {canReview && view.status === 'submitted' && (
        <View className="section">
          <Input className="input" value={note} placeholder="审核意见（退回时必填）" maxlength={300} onInput={(e) => setNote(e.detail.value)} />
          <Button className="btn btn--primary" disabled={busy} onClick={() => void act(() => reviewWorkSummary({ year: view.year, half: view.half }, view.version, 'approve', note), '已审核通过')}>
            审核通过
          </Button>
          <Button className="btn" disabled={busy} onClick={() => void act(() => reviewWorkSummary({ year: view.year, half: view.half }, view.version, 'return', note), '已退回给编辑')}>
            退回修改
          </Button>
        </View>
      )}
      <SummaryFiguresPanel figures={view.figures} />
    </View>
  );
}
