import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { RevisionDetail } from '#types/api/workflow';
import type { AnnualReportContent } from '#types/models/annual-report';
import { ErrorState, LoadingState, StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { exportReport, fetchRevision } from '../api/annual-report-api';
import { ReportBody } from './report-body';

/** A revision of the report in full, for the reviewer (approval itself is on the review page), with its Word file. */
export function RevisionPreview({ revisionId }: { revisionId: string }) {
  const [revision, setRevision] = useState<RevisionDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const load = (): void => void fetchRevision(revisionId).then((res) => (res.ok ? setRevision(res.data) : setError(messageFor(res))));
  useEffect(load, [revisionId]);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!revision) return <LoadingState />;
  const report = revision.content as unknown as AnnualReportContent;
  const download = async (): Promise<void> => {
    setStatus('正在生成 Word 文件…');
    const res = await exportReport(report.year, revisionId);
    if (!res.ok) return setStatus(messageFor(res));
    setStatus(`已生成《${res.data.name}》，链接已复制，可在浏览器中打开下载`);
    void Taro.setClipboardData({ data: res.data.url });
  };
  return (
    <View className="list">
      <Text className="row__hint">这是待审核的修订；数字在保存和审核通过时都会与记录重新核对。</Text>
      <ReportBody report={report} />
      <StatusLine text={status} />
      <Button className="btn btn--small" onClick={() => void download()}>
        导出这份修订（Word）
      </Button>
    </View>
  );
}
