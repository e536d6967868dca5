import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { CaseView } from '#types/api/case-views';
import { CASE_CATEGORY_LABELS, CASE_STATUS_LABELS, decisionLabel, DISCLOSURE_FORM_LABELS, isAwaitingReply } from '#types/models/case';
import { DocumentLink, StoredImage } from '@/components/ui/stored-file';
import { formatDate } from '@/lib/format-date';
import { dueDateText } from '../due-date-text';

/** A case with its history; `children` adds what the viewer may do with it. */
export function CaseCard({ item, children }: { item: CaseView; children?: ReactNode }) {
  return (
    <View className="card">
      <View className="card__meta">
        <Text className={`chip chip--${item.status}`}>
          {CASE_CATEGORY_LABELS[item.category]} · {CASE_STATUS_LABELS[item.status]}
        </Text>
        <Text className={item.overdue ? 'card__date stale' : 'card__date'}>
          {isAwaitingReply(item.status) ? `应于${dueDateText(item)}前答复${item.overdue ? '（已超期）' : ''}` : item.trackingNo}
        </Text>
      </View>
      {item.related && <Text className="row__hint">关于：{item.related.title}</Text>}
      <Text className="card__summary">{item.text}</Text>
      {item.photos.length > 0 && (
        <View className="photos">
          {item.photos.map((url, i) => (
            <StoredImage key={i} url={url} className="photo__image" mode="aspectFill" label={`照片 ${i + 1}`} />
          ))}
        </View>
      )}
      {item.disclosure && (
        <View className="list">
          <Text className="row__hint">
            申请人：{item.disclosure.applicant.name} · 用途：{item.disclosure.purpose} · 获取方式：{DISCLOSURE_FORM_LABELS[item.disclosure.form]}
          </Text>
          {item.disclosure.supplement && !item.disclosure.supplement.answeredAt && <Text className="stale">需要补正：{item.disclosure.supplement.note}</Text>}
          {item.disclosure.decision && <Text className="card__title">答复决定：{decisionLabel(item.disclosure.decision.type, item.disclosure.decision.reason)}</Text>}
          {item.disclosure.decision?.documents.map((d, i) => (
            <DocumentLink key={i} label={`文件：${d.name}`} url={d.url} />
          ))}
        </View>
      )}
      {item.reply && <Text className="reply">答复：{item.reply}</Text>}
      {item.events.map((e, i) => (
        <Text key={i} className="row__hint">
          {formatDate(e.at)} · {CASE_STATUS_LABELS[e.status]} · {e.note}
        </Text>
      ))}
      {children}
    </View>
  );
}
