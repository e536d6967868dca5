import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { POLICY_STATUS_LABELS } from '#types/models/policy';
import { AskLink } from '@/components/ui/ask-link';
import { HistorySection } from '@/components/ui/history-section';
import { SavedCopyNote } from '@/components/ui/saved-copy-note';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { useHistory } from '@/lib/use-history';
import type { PolicyView } from '#types/api/policy-views';
import { usePolicy } from '../hooks/use-policy';
import { ExplainerTab } from './explainer-tab';
import { LifecycleBanner } from './lifecycle-banner';
import { OriginalTab } from './original-tab';
import { QaTab } from './qa-tab';

function PolicyHistory({ policy }: { policy: PolicyView }) {
  return <HistorySection list={useHistory('policy', policy.id, policy.version, policy.history)} />;
}

export const POLICY_TABS = { explainer: '解读', qa: '一问一答', original: '原文' } as const;
export type PolicyTab = keyof typeof POLICY_TABS;

/** A policy page: banner, title, and three tabs (解读 / 一问一答 / 原文), then its change history. */
export function PolicyDetail({ id, initialTab }: { id: string; initialTab: PolicyTab }) {
  const state = usePolicy(id);
  const [tab, setTab] = useState<PolicyTab>(initialTab);
  if (state.error) return <ErrorState message={state.error} onRetry={state.reload} />;
  const policy = state.policy;
  if (!policy) return <LoadingState />;
  return (
    <View className="list">
      <SavedCopyNote savedAt={state.savedAt} onReload={state.reload} />
      <LifecycleBanner policy={policy} />
      <View className="hero">
        <Text className="hero__title">{policy.title}</Text>
        <Text className="hero__hint">
          {POLICY_STATUS_LABELS[policy.status]} · {policy.issuer}
        </Text>
      </View>
      <View className="tabs" role="tablist">
        {(Object.keys(POLICY_TABS) as PolicyTab[]).map((t) => (
          <Button key={t} className={t === tab ? 'tab tab--on' : 'tab'} {...{ role: 'tab' }} aria-selected={t === tab} onClick={() => setTab(t)}>
            {POLICY_TABS[t]}
          </Button>
        ))}
      </View>
      {state.notice && (
        <View role="status">
          <Text className="row__hint">{state.notice}</Text>
        </View>
      )}
      {tab === 'explainer' && <ExplainerTab policy={policy} onVote={state.vote} />}
      {tab === 'qa' && <QaTab policy={policy} />}
      {tab === 'original' && <OriginalTab policy={policy} loadingMore={state.loadingBody} onMore={state.loadMoreBody} />}
      <AskLink kind="policy" id={policy.id} title={policy.title} />
      <PolicyHistory policy={policy} />
    </View>
  );
}
