import { Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import { PROPOSER_TYPE_LABELS } from '#types/models/proposal';
import { SavedCopyNote } from '@/components/ui/saved-copy-note';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { DocumentLink } from '@/components/ui/stored-file';
import { useSavedPage } from '@/lib/use-saved-page';
import { fetchProposal } from '../api/about-api';
import { AboutSection, Paragraphs } from './about-section';
import { ContentHistory } from './content-history';

/** One reply to a deputy's suggestion or a member's proposal, with the reply document. */
export function ProposalDetail({ id }: { id: string }) {
  const page = useSavedPage(`proposal:${id}`, useCallback(() => fetchProposal(id), [id]));
  if (page.error) return <ErrorState message={page.error} onRetry={page.reload} />;
  if (!page.data) return <LoadingState />;
  const p = page.data;
  return (
    <View className="list">
      <SavedCopyNote savedAt={page.savedAt} onReload={page.reload} />
      {p.withdrawnNote !== null && (
        <View className="banner" role="alert">
          <Text>这份办理结果已撤回：{p.withdrawnNote}</Text>
        </View>
      )}
      <View className="card">
        <Text className="chip">{PROPOSER_TYPE_LABELS[p.proposerType]}</Text>
        <Text className="section__title">{p.title}</Text>
        <Text className="row__hint">{[p.number, p.session, `${p.year}年`].filter(Boolean).join(' · ')}</Text>
        <Text className="row__hint">答复日期：{p.repliedAt}</Text>
      </View>
      <AboutSection title="办理结果">
        <Paragraphs text={p.replySummary} />
      </AboutSection>
      {p.attachments.length > 0 && (
        <AboutSection title="答复文件">
          {p.attachments.map((a) => (
            <DocumentLink key={a.name} label={a.name} url={a.url} />
          ))}
        </AboutSection>
      )}
      <ContentHistory kind="proposal" id={p.id} version={p.version} />
    </View>
  );
}
