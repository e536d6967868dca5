import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import type { DecisionImportResult } from '#types/api/decision-views';
import { DECISION_KIND_LABELS, DECISION_KINDS, type DecisionKind } from '#types/models/decision';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { CsvFileFields, CsvImportResult } from '@/features/budgets/components/csv-file-fields';
import { useCsvFileImport } from '@/features/budgets/use-csv-file-import';
import { ConfidentialityFields, confidentialityPayload, EMPTY_CONFIDENTIALITY } from '@/features/staff-content/components/confidentiality-fields';
import { importDecisions } from '../api/dual-publicity-api';
import { PublicityPeriodsForm } from './publicity-periods-form';
import { StaffDecisionList } from './staff-decision-list';

const HEADINGS: Record<DecisionKind, string> = {
  licence: '行政相对人名称、行政相对人类别、统一社会信用代码、法定代表人、行政许可决定文书号、许可类别、许可证书名称、许可内容、许可决定日期、有效期自、有效期至、许可机关',
  penalty: '行政相对人名称、行政相对人类别、统一社会信用代码、法定代表人、行政处罚决定书文号、违法行为类型、处罚依据、处罚类别、处罚内容、罚款金额（万元）、处罚决定日期、处罚机关',
};

const summary = (r: DecisionImportResult): string =>
  `已公示${DECISION_KIND_LABELS[r.kind]} ${r.rows} 条（新增 ${r.created}，更新 ${r.updated}）${r.late ? `，其中 ${r.late} 条超过 7 个工作日才公示` : ''}${r.encoding === 'gb18030' ? '；文件按 GBK 编码读取' : ''}`;

/**
 * 导入双公示: the reviewer picks the CSV file of licences or penalties (the national 双公示 columns); it is
 * uploaded, read on the server and checked whole; with the 保密审查 it is published at once. Below: what is
 * published, late ones flagged, and (admins) how long each kind stays in public view.
 */
export function DecisionImport({ isAdmin }: { isAdmin: boolean }) {
  const [kind, setKind] = useState<DecisionKind>('penalty');
  const [check, setCheck] = useState(EMPTY_CONFIDENTIALITY);
  const [imported, setImported] = useState(0);
  const form = useCsvFileImport();
  const { file, csv, busy, result, submit } = form;
  const send = (): Promise<void> => {
    const confidentiality = confidentialityPayload(check);
    return submit(
      (source) => importDecisions({ kind, ...source, ...(confidentiality ? { confidentiality } : {}) }),
      (data) => {
        setImported((n) => n + 1);
        return summary(data);
      },
    );
  };
  return (
    <View className="list">
      <ChoiceChips options={DECISION_KINDS} labels={DECISION_KIND_LABELS} value={kind} onChange={(k) => setKind(k ?? 'penalty')} />
      <CsvFileFields
        form={form}
        label={`${DECISION_KIND_LABELS[kind]} CSV 文件`}
        hint={`表头用国家双公示数据标准的列名：${HEADINGS[kind]}。自然人只写姓名（保存时只留姓氏），不得填写证件号码：有证件号码的文件会被整份退回。`}
        template={HEADINGS[kind].replace(/、/g, ',')}
      />
      <ConfidentialityFields value={check} onChange={setCheck} />
      <Button className="btn btn--primary" disabled={busy || (!file && !csv.trim())} loading={busy} onClick={() => void send()}>
        检查并公示
      </Button>
      <CsvImportResult lines={result} />
      <StaffDecisionList kind={kind} refresh={imported} />
      {isAdmin && <PublicityPeriodsForm />}
    </View>
  );
}
