import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import type { HandlingImportResult } from '#types/api/handling-views';
import { HANDLING_FILE_MAX_BYTES } from '#types/models/handling';
import { CsvFileFields, CsvImportResult } from '@/features/budgets/components/csv-file-fields';
import { useCsvFileImport } from '@/features/budgets/use-csv-file-import';
import { call } from '@/lib/cloud';
import { HandlingOverviewList } from './handling-overview-list';

const TEMPLATE = '办件编号,事项编码,事项名称,受理时间,办结时间,办理结果,办理渠道';

const summary = (r: HandlingImportResult): string =>
  [
    `文件里有 ${r.rows} 件：新增 ${r.created}，更新 ${r.updated}，没有变化 ${r.unchanged}${r.inProgress ? `；${r.inProgress} 件仍在办理` : ''}${r.encoding === 'gb18030' ? '；文件按 GBK 编码读取' : ''}`,
    ...(r.unlinkedCodes.length ? [`有 ${r.unlinkedCodes.length} 个事项编码没有对应的办事指南（记录已保存，见下方列表）：${r.unlinkedCodes.slice(0, 5).join('、')}${r.unlinkedCodes.length > 5 ? ' 等' : ''}`] : []),
  ].join('；');

/**
 * 导入办件记录: the CSV the provincial government-service platform exports (办件编号 optional), checked whole
 * on the server; importing the same file again adds nothing. Below, the last year of records per item
 * code and what cannot be linked to a guide.
 */
export function HandlingImport() {
  const form = useCsvFileImport(HANDLING_FILE_MAX_BYTES);
  const [imported, setImported] = useState(0);
  const { file, csv, busy, result, submit } = form;
  const send = (): Promise<void> =>
    submit(
      (source) => call('staff', 'importHandling', source, { retry: true }),
      (r) => {
        setImported((n) => n + 1);
        return summary(r);
      },
    );
  return (
    <View className="list">
      <CsvFileFields
        form={form}
        label="办件记录 CSV 文件（政务服务平台导出）"
        hint={`表头：${TEMPLATE}（办件编号、事项名称可以没有）。时间写 2026-03-15 09:30 或 2026/3/15 9:30；仍在办理的办件，办结时间和办理结果空着。事项编码一列在 Excel 里要设为“文本”。有一行不对就整份不导入，并列出行号。`}
        template={TEMPLATE}
      />
      <Button className="btn btn--primary" disabled={busy || (!file && !csv.trim())} loading={busy} onClick={() => void send()}>
        检查并导入
      </Button>
      <CsvImportResult lines={result} />
      <HandlingOverviewList refresh={imported} />
    </View>
  );
}
