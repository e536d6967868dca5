import { Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import type { DecisionView } from '#types/api/decision-views';
import { DECISION_KIND_LABELS, PARTY_TYPE_LABELS } from '#types/models/decision';
import { SavedCopyNote } from '@/components/ui/saved-copy-note';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { useSavedPage } from '@/lib/use-saved-page';
import { fetchDecision } from '../api/dual-publicity-api';
import { wanYuan } from './decision-card';

function rows(d: DecisionView): [string, string][] {
  const common: [string, string][] = [
    ['行政相对人', d.partyName],
    ['相对人类别', PARTY_TYPE_LABELS[d.partyType]],
    ['统一社会信用代码', d.creditCode ?? ''],
    ['法定代表人', d.legalRep],
    ['决定文书号', d.decisionNo],
  ];
  const own: [string, string][] =
    d.kind === 'licence'
      ? [['许可类别', d.licenceType ?? ''], ['许可证书', d.certificate], ['许可内容', d.content], ['有效期', d.validFrom || d.validTo ? `${d.validFrom ?? ''} 至 ${d.validTo ?? ''}` : '']]
      : [['违法行为', d.violation], ['处罚依据', d.legalBasis], ['处罚类别', d.penaltyTypes.join('、')], ['处罚内容', d.content], ['罚款金额', d.amount !== null ? wanYuan(d.amount) : '']];
  return [...common, ...own, ['决定日期', d.decisionDate], ['决定机关', d.authority], ['公示至', d.publicUntil]].filter(([, v]) => v !== '') as [string, string][];
}

/** One decision, every field of the 双公示 standard that is public. */
export function DecisionDetail({ id }: { id: string }) {
  const page = useSavedPage(`decision:${id}`, useCallback(() => fetchDecision(id), [id]));
  if (page.error) return <ErrorState message={page.error} onRetry={page.reload} />;
  if (!page.data) return <LoadingState />;
  const d = page.data;
  return (
    <View className="list">
      <SavedCopyNote savedAt={page.savedAt} onReload={page.reload} />
      <View className="card">
        <Text className="chip">{DECISION_KIND_LABELS[d.kind]}</Text>
        <Text className="section__title">{d.partyName}</Text>
        {rows(d).map(([label, value]) => (
          <View key={label} className="field">
            <Text className="field__label">{label}</Text>
            <Text className="card__summary">{value}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
