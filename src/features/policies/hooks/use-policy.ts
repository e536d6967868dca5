// One policy page's data: the policy, more of its original on request, and the reader's vote.
import { useCallback, useEffect, useState } from 'react';
import type { PolicyView } from '#types/api/policy-views';
import { messageFor } from '@/lib/cloud';
import { fetchPolicy, fetchPolicyBody, votePolicy } from '../api/policies-api';

export interface PolicyState {
  policy: PolicyView | null;
  error: string | null;
  notice: string | null;
  loadingBody: boolean;
  reload(): void;
  loadMoreBody(): void;
  vote(helpful: boolean): void;
}

export function usePolicy(id: string): PolicyState {
  const [policy, setPolicy] = useState<PolicyView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [loadingBody, setLoadingBody] = useState(false);

  const reload = useCallback(() => {
    setError(null);
    void fetchPolicy(id).then((res) => (res.ok ? setPolicy(res.data) : setError(messageFor(res))));
  }, [id]);
  useEffect(reload, [reload]);

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

  return { policy, error, notice, loadingBody, reload, loadMoreBody, vote };
}
