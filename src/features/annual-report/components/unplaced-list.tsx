import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { UnplacedView } from '#types/api/annual-report';
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, type OrganisationKind } from '#types/models/disclosure-result';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { decisionComplete, DecisionPicker, type PickedDecision } from '@/components/ui/decision-picker';
import { messageFor } from '@/lib/cloud';
import { classifyApplication } from '../api/annual-report-api';

function ApplicationFix({ item, onDone }: { item: UnplacedView; onDone(message: string): void }) {
  const needsResult = item.problems.some((p) => p.startsWith('答复决定'));
  const needsKind = item.problems.some((p) => p.startsWith('申请单位'));
  const [picked, setPicked] = useState<PickedDecision>({ decision: null, reason: null });
  const [orgKind, setOrgKind] = useState<OrganisationKind | undefined>(undefined);
  const ready = (!needsResult || decisionComplete(picked)) && (!needsKind || orgKind !== undefined);
  const save = (): void => {
    const result = needsResult && picked.decision ? { decision: picked.decision, reason: picked.reason } : {};
    void classifyApplication(item.id, { ...result, ...(needsKind && orgKind ? { orgKind } : {}) }).then((res) => onDone(res.ok ? '已归类' : messageFor(res)));
  };
  return (
    <View>
      {needsResult && <DecisionPicker value={picked} onChange={setPicked} />}
      {needsKind && <ChoiceChips options={ORGANISATION_KINDS} labels={ORGANISATION_KIND_LABELS} value={orgKind} onChange={setOrgKind} />}
      <Button className="btn btn--small btn--primary" disabled={!ready} onClick={save}>
        按档案归类
      </Button>
    </View>
  );
}

/** Records the figures could not place: applications are classified here, policies by editing the policy. */
export function UnplacedList({ items, onChanged }: { items: UnplacedView[]; onChanged(message: string): void }) {
  if (!items.length) return null;
  return (
    <View className="section" role="region" aria-label="无法归类的记录">
      <Text className="section__title">无法归类的记录（{items.length}）：没有计入统计表</Text>
      {items.map((item) => (
        <View key={item.id} className="card">
          <Text className="card__title">{item.label}</Text>
          <Text className="row__hint stale">{item.problems.join('；')}</Text>
          {item.kind === 'application' ? <ApplicationFix item={item} onDone={onChanged} /> : <Text className="row__hint">请在“内容管理”里修订这份政策，填写文件类型、是否本局制发和失效日期</Text>}
        </View>
      ))}
    </View>
  );
}
