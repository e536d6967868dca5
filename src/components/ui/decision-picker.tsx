import { Button, Text, View } from '@tarojs/components';
import { DISCLOSURE_OUTCOME_LABELS, DISCLOSURE_OUTCOMES, DISCLOSURE_REASON_LABELS, DISCLOSURE_REASONS, type DisclosureOutcome, type DisclosureReason } from '#types/models/disclosure-result';

export interface PickedDecision {
  decision: DisclosureOutcome | null;
  reason: DisclosureReason | null;
}

/** 依申请公开: the result in the national categories, and the reason for a category that has them. */
export function DecisionPicker({ value, onChange }: { value: PickedDecision; onChange(next: PickedDecision): void }) {
  const reasons: readonly DisclosureReason[] = value.decision ? DISCLOSURE_REASONS[value.decision] : [];
  const chip = (on: boolean): string => (on ? 'btn btn--small btn--primary' : 'btn btn--small');
  return (
    <View>
      <View className="chips">
        {DISCLOSURE_OUTCOMES.map((d) => (
          <Button key={d} className={chip(value.decision === d)} aria-pressed={value.decision === d} onClick={() => onChange({ decision: d, reason: null })}>
            {DISCLOSURE_OUTCOME_LABELS[d]}
          </Button>
        ))}
      </View>
      {reasons.length > 0 && (
        <View>
          <Text className="row__hint">请选择具体情形（计入年度报告）</Text>
          <View className="chips">
            {reasons.map((r) => (
              <Button key={r} className={chip(value.reason === r)} aria-pressed={value.reason === r} onClick={() => onChange({ ...value, reason: r })}>
                {DISCLOSURE_REASON_LABELS[r]}
              </Button>
            ))}
          </View>
        </View>
      )}
    </View>
  );
}

/** Ready to send: a category, and its reason when it has reasons. */
export const decisionComplete = (p: PickedDecision): p is { decision: DisclosureOutcome; reason: DisclosureReason | null } =>
  !!p.decision && (DISCLOSURE_REASONS[p.decision].length === 0 || !!p.reason);
