import { Text, Textarea, View } from '@tarojs/components';
import { CONFIDENTIALITY_RESULT_LABELS, CONFIDENTIALITY_RESULTS, type ConfidentialityResult } from '#types/models/confidentiality';
import { ChoiceChips } from '@/components/ui/choice-chips';

export interface ConfidentialityValue {
  basis: string;
  result: ConfidentialityResult;
}

export const EMPTY_CONFIDENTIALITY: ConfidentialityValue = { basis: '', result: 'not_secret' };

/** 保密审查: the basis in words (required to publish) and the conclusion, filled in by whoever publishes. */
export function ConfidentialityFields({ value, onChange }: { value: ConfidentialityValue; onChange(value: ConfidentialityValue): void }) {
  return (
    <View className="section">
      <View className="field">
        <Text className="field__label">保密审查依据</Text>
        <Textarea
          className="input input--area"
          value={value.basis}
          maxlength={300}
          autoHeight
          placeholder="如：依据《保密法》和本局保密审查制度，经审查不涉及国家秘密、工作秘密和个人隐私"
          nativeProps={{ 'aria-label': '保密审查依据' }}
          onInput={(e) => onChange({ ...value, basis: e.detail.value })}
        />
      </View>
      <View className="field">
        <Text className="field__label">保密审查结论</Text>
        <ChoiceChips options={CONFIDENTIALITY_RESULTS} labels={CONFIDENTIALITY_RESULT_LABELS} value={value.result} onChange={(result) => result && onChange({ ...value, result })} wrap />
      </View>
      <Text className="row__hint">发布即公开，须先完成保密审查；审查人、时间和依据记入审计日志。</Text>
    </View>
  );
}

/** What the functions take: nothing until a basis is written, so the server's one message explains why. */
export const confidentialityPayload = (value: ConfidentialityValue): ConfidentialityValue | undefined => (value.basis.trim() ? { basis: value.basis.trim(), result: value.result } : undefined);
