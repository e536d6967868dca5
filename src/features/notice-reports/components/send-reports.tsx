import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { NoticeReport, NoticeSendSummary } from '#types/api/notice-views';
import { DELIVERY_STATUS_LABELS, SEND_STATUS_LABELS, type DeliveryStatus } from '#types/models/notice';
import { PagedListView } from '@/components/ui/paged-list-view';
import { MessagePreview } from '@/components/ui/message-preview';
import { messageFor } from '@/lib/cloud';
import { formatDate } from '@/lib/format-date';
import { usePagedList } from '@/lib/use-paged-list';
import type { OfflineReport } from '#types/api/posters';
import { fetchOfflineReport, fetchReport, fetchSends } from '../api/notice-reports-api';
import { OfflineReportView } from './offline-report';

// The report's lines in the order staff read them; statuses that never occurred are left out.
const SHOWN: DeliveryStatus[] = ['sent', 'pending', 'refused', 'failed', 'unknown', 'no_consent', 'digest', 'digested', 'cancelled'];

function Report({ report }: { report: NoticeReport }) {
  const pending = report.counts.pending + report.counts.claimed + report.counts.sending;
  const lines = SHOWN.map((s) => [s, s === 'pending' ? pending : report.counts[s]] as const).filter(([, n]) => n > 0);
  return (
    <View className="list" aria-label="发送报告">
      <Text className="row__hint">
        接收人 {report.targeted} 人 · {SEND_STATUS_LABELS[report.status]}
        {report.finishedAt ? ` · ${formatDate(report.finishedAt)}发完` : ''}
      </Text>
      {lines.map(([status, n]) => (
        <Text key={status} className="row__hint">
          {DELIVERY_STATUS_LABELS[status]}：{n}
        </Text>
      ))}
      {report.duplicates > 0 && <Text className="row__hint">重复发送（同一人多收到一条）：{report.duplicates}</Text>}
      {report.failures.map((f) => (
        <Text key={f.reason} className="row__hint">
          失败原因 {f.reason}：{f.count}
        </Text>
      ))}
      <MessagePreview fields={report.fields} />
    </View>
  );
}

function SendCard({ item }: { item: NoticeSendSummary }) {
  const [report, setReport] = useState<NoticeReport | null>(null);
  const [offline, setOffline] = useState<OfflineReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = (): void => {
    void fetchReport(item.id).then((res) => (res.ok ? setReport(res.data) : setError(messageFor(res))));
    if (item.noticeId) void fetchOfflineReport(item.noticeId).then((res) => res.ok && setOffline(res.data));
  };
  return (
    <View className="card">
      <View className="card__meta">
        <Text className="chip">{SEND_STATUS_LABELS[item.status]}</Text>
        <Text className="card__date">{formatDate(item.sendAt)}</Text>
      </View>
      <Text className="card__title">{item.title}</Text>
      <Button className="btn btn--small" onClick={open}>
        {report ? '刷新发送报告' : '查看发送报告'}
      </Button>
      {item.noticeId && (
        <Button className="btn btn--small" onClick={() => void Taro.navigateTo({ url: `/staff/sms-links/index?refId=${item.noticeId}` })}>
          短信链接（给运营商群发）
        </Button>
      )}
      {item.noticeId && (
        <Button className="btn btn--small" onClick={() => void Taro.navigateTo({ url: `/staff/poster-scans/index?refId=${item.noticeId}` })}>
          公开栏海报与扫码
        </Button>
      )}
      {error && <Text className="row__hint">{error}</Text>}
      {report && <Report report={report} />}
      {offline && <OfflineReportView report={offline} />}
    </View>
  );
}

/** 通知发送: each approved notice's send, with its delivery report. */
export function SendReports() {
  const list = usePagedList<NoticeSendSummary>(fetchSends, 'sends');
  return <PagedListView list={list} empty="还没有发送过通知" render={(s) => <SendCard key={s.id} item={s} />} />;
}
