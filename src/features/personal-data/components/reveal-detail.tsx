import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { PERSONAL_FIELD_LABELS, type PersonalField } from '#types/text/mask-detail';
import { messageFor } from '@/lib/cloud';
import { revealPersonal } from '../api/personal-data-api';

/** A masked detail of a case; 「查看」 shows it in full (the server records who looked, and when). */
export function RevealDetail({ caseId, field, masked }: { caseId: string; field: PersonalField; masked: string }) {
  const [full, setFull] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const reveal = (): void =>
    void revealPersonal(caseId, field).then((res) => {
      if (res.ok) setFull(res.data.value);
      else setNote(messageFor(res));
    });
  const label = PERSONAL_FIELD_LABELS[field];
  return (
    <View className="row">
      <Text className="row__hint">
        {label}：{full ?? masked}
      </Text>
      {full === null && (
        <Button className="btn btn--small" aria-label={`查看完整${label}`} onClick={reveal}>
          {field === 'phone' || field === 'applicant.phone' ? '查看完整号码' : '查看'}
        </Button>
      )}
      {note && <Text className="row__hint">{note}</Text>}
    </View>
  );
}
