import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { BUDGET_TYPE_LABELS, BUDGET_TYPES, type BudgetType } from '#types/models/budget';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { messageFor } from '@/lib/cloud';
import { importBudget } from '../api/budgets-api';

const TEMPLATE = 'section,code,name,amount,parent,explanation,project,recipient,date';

/** 导入预决算: paste a year's CSV (template in the README); it is checked whole before anything is stored. */
export function BudgetImport() {
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [type, setType] = useState<BudgetType>('budget');
  const [csv, setCsv] = useState('');
  const [replace, setReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string[]>([]);
  const send = (): void => {
    setBusy(true);
    void importBudget(Number(year), type, csv, replace).then((res) => {
      setBusy(false);
      setResult(res.ok ? [`已导入 ${year} 年${BUDGET_TYPE_LABELS[type]}：${res.data.lines} 行，合计 ${res.data.total} 万元`] : messageFor(res).split('；'));
    });
  };
  return (
    <View className="list">
      <View className="field">
        <Text className="field__label">年度</Text>
        <Input className="input" type="number" maxlength={4} value={year} onInput={(e) => setYear(e.detail.value)} />
      </View>
      <ChoiceChips options={BUDGET_TYPES} labels={BUDGET_TYPE_LABELS} value={type} onChange={(t) => setType(t ?? 'budget')} />
      <View className="field">
        <Text className="field__label">CSV 内容（第一行为表头：{TEMPLATE}）</Text>
        <Textarea className="input input--area" value={csv} maxlength={-1} placeholder={TEMPLATE} onInput={(e) => setCsv(e.detail.value)} />
      </View>
      <Button className={replace ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-pressed={replace} onClick={() => setReplace(!replace)}>
        {replace ? '✓ ' : ''}替换已有数据（更正已公开的年度时勾选）
      </Button>
      <Button className="btn btn--primary" disabled={busy || !csv.trim()} loading={busy} onClick={send}>
        检查并导入
      </Button>
      {result.length > 0 && (
        <View role="status" className="list">
          {result.map((line) => (
            <Text key={line} className="row__hint">
              {line}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
