import { Button, Text, View } from '@tarojs/components';
import type { PolicyView } from '#types/api/policy-views';
import { formatDate } from '@/lib/format-date';
import { DocumentLink } from '@/components/ui/stored-file';
import { BodyBlock } from './body-block';

/** 原文: the original text as sanitised blocks, with its dates and attachments. */
export function OriginalTab({ policy, loadingMore, onMore }: { policy: PolicyView; loadingMore: boolean; onMore(): void }) {
  return (
    <View className="section">
      <Text className="row__hint">
        {policy.issuer} {policy.docNumber} · 发布于{formatDate(policy.issuedAt)}
        {policy.effectiveAt ? ` · ${formatDate(policy.effectiveAt)}起施行` : ''}
      </Text>
      {policy.body.map((b, i) => (
        <BodyBlock key={i} block={b} terms={policy.terms} />
      ))}
      {policy.bodyNextFrom !== null && (
        <Button className="btn" loading={loadingMore} disabled={loadingMore} onClick={onMore}>
          继续阅读
        </Button>
      )}
      {policy.attachments.map((a, i) => (
        <DocumentLink key={i} label={`附件：${a.name}`} url={a.url} />
      ))}
    </View>
  );
}
