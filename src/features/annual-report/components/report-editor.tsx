import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { AnnualReportDraftView } from '#types/api/annual-report';
import type { AnnualReportContent } from '#types/models/annual-report';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { ErrorState, LoadingState, StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { exportReport, fetchPublishedReport, fetchReportDraft, fetchRevision, saveReport, submitReport } from '../api/annual-report-api';
import { contentOf, EMPTY_REPORT_FORM, formOf, type ReportForm } from '../report-form';
import { CellRecords } from './cell-records';
import { FigureTables } from './figure-tables';
import { ReportFields } from './report-fields';
import { UnplacedList } from './unplaced-list';

/** The report due next: in December this year's, otherwise last year's (Beijing calendar). */
const defaultYear = (): number => {
  const beijing = new Date(Date.now() + 8 * 3600_000);
  return beijing.getUTCMonth() === 11 ? beijing.getUTCFullYear() : beijing.getUTCFullYear() - 1;
};
const storedDraft = (year: number): string => `annual-report-revision-${year}`;

/** 政府信息公开工作年度报告: the year's figures from the records (tap one for its records), what cannot be
 * placed, what staff write and enter; saved as a draft for another staff member to review, and exported. */
export function ReportEditor() {
  const [year, setYear] = useState(defaultYear);
  const [draft, setDraft] = useState<AnnualReportDraftView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState<ReportForm>(EMPTY_REPORT_FORM);
  const [cell, setCell] = useState<{ cell: string; label: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [revisionId, setRevisionId] = useState<string>('');
  /** The figures counted again (after a classification, or on retry); what staff typed stays. */
  const refresh = (then?: (d: AnnualReportDraftView) => void): void => {
    setError(null);
    setDraft(null);
    setCell(null);
    void fetchReportDraft(year).then((res) => {
      if (!res.ok) return setError(messageFor(res));
      setDraft(res.data);
      then?.(res.data);
    });
  };
  useEffect(() => {
    const saved = String(Taro.getStorageSync(storedDraft(year)) || '');
    setRevisionId(saved || `annual-${year}-${Date.now().toString(36)}`);
    setForm(EMPTY_REPORT_FORM);
    // What staff wrote last: their saved draft, else the published report.
    refresh((d) => {
      if (saved) void fetchRevision(saved).then((r) => r.ok && r.data.status !== 'published' && setForm(formOf(r.data.content as unknown as AnnualReportContent)));
      else if (d.published) void fetchPublishedReport(year).then((p) => p.ok && setForm(formOf(p.data)));
    });
  }, [year]);
  const years = [defaultYear() + 1, defaultYear(), defaultYear() - 1].map(String);
  const save = async (submit: boolean): Promise<void> => {
    if (!draft) return;
    setStatus(submit ? '正在提交审核…' : '正在保存…');
    const saved = await saveReport(revisionId, draft.published?.id ?? null, contentOf(year, form, draft.figures));
    if (!saved.ok) return setStatus(messageFor(saved));
    Taro.setStorageSync(storedDraft(year), revisionId);
    if (!submit) return setStatus('草稿已保存');
    const sent = await submitReport(revisionId);
    if (!sent.ok) return setStatus(messageFor(sent));
    Taro.removeStorageSync(storedDraft(year));
    setRevisionId(`annual-${year}-${Date.now().toString(36)}`);
    setStatus('已提交审核：请另一位审核员在“审核”里审核并完成保密审查后发布');
  };
  const download = async (ofDraft: boolean): Promise<void> => {
    setStatus('正在生成 Word 文件…');
    const res = await exportReport(year, ofDraft ? revisionId : undefined);
    if (!res.ok) return setStatus(messageFor(res));
    setStatus(`已生成《${res.data.name}》（${Math.ceil(res.data.bytes / 1024)} KB），链接已复制，可在浏览器中打开下载`);
    void Taro.setClipboardData({ data: res.data.url });
  };
  return (
    <View className="list">
      <ChoiceChips options={years} labels={Object.fromEntries(years.map((y) => [y, `${y} 年度`]))} value={String(year)} onChange={(y) => y && setYear(Number(y))} />
      {error && <ErrorState message={error} onRetry={() => refresh()} />}
      {!error && !draft && <LoadingState />}
      {draft && (
        <View className="list">
          <Text className="row__hint">法定发布期限：{draft.dueOn}（条例第四十九条）{draft.published ? `；已发布第 ${draft.published.version} 版` : ''}</Text>
          {draft.notes.map((note) => (
            <View key={note} className="banner" role="note">
              <Text>{note}</Text>
            </View>
          ))}
          <UnplacedList items={draft.unplaced} onChanged={(message) => (setStatus(message), refresh())} />
          <Text className="row__hint">点表中的数字，可以看到它由哪些记录组成。</Text>
          <FigureTables figures={draft.figures} onCell={(c, label) => setCell({ cell: c, label })} />
          {cell && <CellRecords year={year} cell={cell.cell} label={cell.label} onClose={() => setCell(null)} />}
          <ReportFields form={form} onChange={setForm} offered={draft.offered} />
          <StatusLine text={status} />
          <View className="choices">
            <Button className="btn" onClick={() => void save(false)}>
              保存草稿
            </Button>
            <Button className="btn btn--primary" disabled={draft.unplaced.length > 0} onClick={() => void save(true)}>
              提交审核
            </Button>
          </View>
          <View className="choices">
            <Button className="btn btn--small" onClick={() => void download(true)}>
              导出草稿（Word）
            </Button>
            {draft.published && (
              <Button className="btn btn--small" onClick={() => void download(false)}>
                导出已发布的报告（Word）
              </Button>
            )}
          </View>
        </View>
      )}
    </View>
  );
}
