import { Text, View } from '@tarojs/components';
import type { OfflineReport } from '#types/api/posters';
import { formatDate } from '@/lib/format-date';

/** 线下送达: beside the push report, the villages with a liaison that confirmed, are overdue, and poster scans. */
export function OfflineReportView({ report }: { report: OfflineReport }) {
  if (!report.villages.length) {
    return <Text className="row__hint">线下送达：这条通知涉及的村还没有村级信息员{report.scans ? `；海报扫码 ${report.scans} 次` : ''}。</Text>;
  }
  return (
    <View className="list" aria-label="线下送达报告">
      <Text className="row__hint">
        线下送达：{report.villages.length} 个村有信息员，已确认 {report.confirmed} 个，逾期 {report.overdue} 个（应在{formatDate(report.dueAt)}前确认）；海报扫码共 {report.scans} 次
      </Text>
      {report.villages.map((v) => (
        <Text key={v.area} className="row__hint">
          {v.area.replace('/', '')}：{v.posted ? `已张贴（${formatDate(v.posted)}）` : '未确认张贴'}，{v.broadcast ? `已广播（${formatDate(v.broadcast)}）` : '未确认广播'}
          {v.overdue ? '，已逾期' : ''}
          {v.posters ? `；海报 ${v.posters} 张，扫码 ${v.scans} 次` : ''}
        </Text>
      ))}
    </View>
  );
}
