import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BudgetImportResult } from '#types/api/budget-import';
import { BUDGET_TYPE_LABELS, BUDGET_TYPES, type BudgetType } from '#types/models/budget';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { importBudget, recordBudgetApproval } from '../api/budgets-api';
import { messageFor } from '@/lib/cloud';
import { useCsvFileImport } from '../use-csv-file-import';
import { CsvFileFields, CsvImportResult } from './csv-file-fields';
import { BudgetCodeForm } from './budget-code-form';
import { ConfidentialityFields, confidentialityPayload, EMPTY_CONFIDENTIALITY } from '@/features/staff-content/components/confidentiality-fields';
import { wan } from './line-breakdown';

const TEMPLATE = 'section,code,name,amount,parent,explanation,project,recipient,date';

function summary(year: string, type: BudgetType, r: BudgetImportResult): string {
  const notes = [r.encoding === 'gb18030' ? '文件按 GBK 编码读取' : null, r.economicScope === 'basic' ? '经济分类只含基本支出' : null].filter(Boolean);
  return `已导入 ${year} 年${BUDGET_TYPE_LABELS[type]}：${r.lines} 行，合计 ${wan(r.total)}${notes.length ? `（${notes.join('；')}）` : ''}`;
}

/**
 * 导入预决算: the reviewer picks the CSV file (format in the README); it is uploaded, read on the
 * server (UTF-8 or GBK) and checked whole before anything is stored. Pasting the text still works.
 * Admins can add a classification code the national list lacks, below.
 */
export function BudgetImport({ isAdmin }: { isAdmin: boolean }) {
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [type, setType] = useState<BudgetType>('budget');
  const [replace, setReplace] = useState(false);
  const [check, setCheck] = useState(EMPTY_CONFIDENTIALITY);
  const [approvedOn, setApprovedOn] = useState('');
  const [approvalNote, setApprovalNote] = useState<string | null>(null);
  const form = useCsvFileImport();
  const { file, csv, busy, result, submit } = form;
  const send = (): Promise<void> => {
    const confidentiality = confidentialityPayload(check);
    const approval = approvedOn.trim() ? { approvedOn: approvedOn.trim() } : {};
    return submit((source) => importBudget({ year: Number(year), type, replace, ...source, ...approval, ...(confidentiality ? { confidentiality } : {}) }), (data) => summary(year, type, data));
  };
  /** The approval day alone, before the file is ready: the 20-day clock starts from it. */
  const recordApproval = (): void => {
    setApprovalNote(null);
    void recordBudgetApproval(Number(year), type, approvedOn.trim()).then((res) =>
      setApprovalNote(res.ok ? `已登记 ${year} 年${BUDGET_TYPE_LABELS[type]}的批复日期 ${res.data.approvedOn}：须在 20 日内公开，“更新期限”页会提示` : messageFor(res)),
    );
  };
  return (
    <View className="list">
      <View className="field">
        <Text className="field__label">年度</Text>
        <Input className="input" type="number" maxlength={4} value={year} nativeProps={{ 'aria-label': '年度' }} onInput={(e) => setYear(e.detail.value)} />
      </View>
      <ChoiceChips options={BUDGET_TYPES} labels={BUDGET_TYPE_LABELS} value={type} onChange={(t) => setType(t ?? 'budget')} />
      <View className="field">
        <Text className="field__label">财政部门批复日期</Text>
        <Input className="input" value={approvedOn} placeholder="如 2026-03-10" maxlength={10} nativeProps={{ 'aria-label': '财政部门批复日期' }} onInput={(e) => setApprovedOn(e.detail.value)} />
        <Text className="row__hint">《预算法》规定批复后 20 日内公开。文件还没准备好时，可以先登记批复日期。</Text>
        <Button className="btn btn--small" disabled={!approvedOn.trim()} onClick={recordApproval}>
          只登记批复日期
        </Button>
        {approvalNote && <Text className="row__hint">{approvalNote}</Text>}
      </View>
      <CsvFileFields
        form={form}
        label="预决算 CSV 文件"
        hint={`在 Excel 中“另存为”，文件类型选“CSV UTF-8（逗号分隔）”；直接保存的“CSV（逗号分隔）”（GBK 编码）也能读取。表头可用英文列名（${TEMPLATE}）或中文列名（分类、科目编码、科目名称、金额、基本支出…）。`}
        template={TEMPLATE}
      />
      <Button className={replace ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-pressed={replace} onClick={() => setReplace(!replace)}>
        {replace ? '✓ ' : ''}替换已有数据（更正已公开的年度时勾选）
      </Button>
      <ConfidentialityFields value={check} onChange={setCheck} />
      <Button className="btn btn--primary" disabled={busy || (!file && !csv.trim())} loading={busy} onClick={() => void send()}>
        检查并导入
      </Button>
      <CsvImportResult lines={result} />
      <BudgetCodeForm year={Number(year)} isAdmin={isAdmin} />
    </View>
  );
}
