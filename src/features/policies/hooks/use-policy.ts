// One policy page's data: the policy, more of its original on request, and the reader's vote.
import { useCallback, useState } from 'react';
import type { PolicyView } from '#types/api/policy-views';
import { messageFor } from '@/lib/cloud';
import { useSavedPage } from '@/lib/use-saved-page';
import { fetchPolicy, fetchPolicyBody, votePolicy } from '../api/policies-api';

export interface PolicyState {
  policy: PolicyView | null;
  error: string | null;
  /** When the policy shown was saved on this phone (the network failed); null when it is fresh. */
  savedAt: number | null;
  notice: string | null;
  loadingBody: boolean;
  reload(): void;
  loadMoreBody(): void;
  vote(helpful: boolean): void;
}

export function usePolicy(id: string): PolicyState {
  const page = useSavedPage(`policy:${id}`, useCallback(() => fetchPolicy(id), [id]));
  const { data: policy, error, savedAt, reload, setData: setPolicy } = page;
  const [notice, setNotice] = useState<string | null>(null);
  const [loadingBody, setLoadingBody] = useState(false);

  const loadMoreBody = useCallback(() => {
    if (!policy || policy.bodyNextFrom === null || loadingBody) return;
    setLoadingBody(true);
    void fetchPolicyBody(id, policy.bodyNextFrom).then((res) => {
      setLoadingBody(false);
      if (!res.ok) return setNotice(messageFor(res));
      setPolicy((p) => (p ? { ...p, body: [...p.body, ...res.data.blocks], bodyNextFrom: res.data.nextFrom } : p));
    });
  }, [id, policy, loadingBody]);

  const vote = useCallback(
    (helpful: boolean) => {
      void votePolicy(id, helpful).then((res) => {
        if (!res.ok) return setNotice(messageFor(res));
        setNotice('感谢你的反馈');
        setPolicy((p) => (p ? { ...p, votes: res.data.votes, myVote: res.data.myVote } : p));
      });
    },
    [id],
  );

  return { policy, error, savedAt, notice, loadingBody, reload, loadMoreBody, vote };
}
