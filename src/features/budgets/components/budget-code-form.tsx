import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { classificationOf, CLASSIFICATION_LABELS, CODE_SHAPE_HINT } from '#types/models/budget-code';
import { messageFor } from '@/lib/cloud';
import { fetchBudgetCodes, saveBudgetCode } from '../api/budgets-api';

/**
 * 查询或补充科目: the Ministry of Finance revises the classification every year. Anyone here can look a
 * code up for the year; an admin adds a code the list lacks, or renames one, from that year on.
 */
export function BudgetCodeForm({ year, isAdmin }: { year: number; isAdmin: boolean }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const trimmed = code.trim();
  const classification = classificationOf(trimmed);
  const lookUp = async (): Promise<void> => {
    setBusy(true);
    const res = await fetchBudgetCodes(year);
    setBusy(false);
    if (!res.ok) return setNotice(messageFor(res));
    const found = res.data.items.find((c) => c.code === trimmed);
    setNotice(found ? `${year} 年已有科目 ${found.code} ${found.name}（${found.origin === 'national' ? '国家科目表' : `${found.fromYear} 年起由管理员录入`}）` : `${year} 年的科目表里没有 ${trimmed}`);
  };
  const save = async (): Promise<void> => {
    setBusy(true);
    const res = await saveBudgetCode(year, trimmed, name.trim());
    setBusy(false);
    setNotice(res.ok ? `已保存：${res.data.code} ${res.data.name}，${year} 年起的预决算可以使用` : messageFor(res));
  };
  if (!open) {
    return (
      <Button className="btn btn--small" onClick={() => setOpen(true)}>
        查询或补充科目（导入时提示科目不在科目表里）
      </Button>
    );
  }
  return (
    <View className="section">
      <Text className="section__title">查询或补充科目</Text>
      <Text className="row__hint">导入时提示科目“不在政府收支分类科目里”，先在这里查一下；如确是 {year} 年新设或改名的科目，{isAdmin ? '填写编码和名称后保存。' : '请管理员在这里添加。'}</Text>
      <View className="field">
        <Text className="field__label">科目编码</Text>
        <Input className="input" type="number" maxlength={7} value={code} nativeProps={{ 'aria-label': '科目编码' }} onInput={(e) => setCode(e.detail.value)} />
        <Text className="row__hint">{trimmed && !classification ? `编码格式不对：${CODE_SHAPE_HINT}` : classification ? CLASSIFICATION_LABELS[classification] : CODE_SHAPE_HINT}</Text>
      </View>
      <Button className="btn btn--small" disabled={busy || !classification} onClick={() => void lookUp()}>
        查询 {year} 年的科目
      </Button>
      {isAdmin && (
        <View className="field">
          <Text className="field__label">科目名称</Text>
          <Input className="input" maxlength={40} value={name} nativeProps={{ 'aria-label': '科目名称' }} onInput={(e) => setName(e.detail.value)} />
          <Button className="btn btn--small btn--primary" disabled={busy || !classification || !name.trim()} onClick={() => void save()}>
            保存（{year} 年起适用）
          </Button>
        </View>
      )}
      {notice && (
        <View role="status">
          <Text className="row__hint">{notice}</Text>
        </View>
      )}
    </View>
  );
}
