import { Button, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { TemplateChoice } from '#types/api/notice-views';
import { messageFor } from '@/lib/cloud';
import { canSubscribe, requestSubscribe } from '@/lib/subscribe';
import { fetchTemplates, followProject, recordConsents } from '../api/projects-api';
import { StatusLine } from '@/components/ui/state-views';

/**
 * 关注: remember this project. In WeChat the same tap asks for one progress reminder (a one-time
 * subscription: one message per consent); without it, news still reaches the notice centre.
 */
export function FollowButton({ projectId, initial }: { projectId: string; initial: boolean }) {
  const [following, setFollowing] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const [template, setTemplate] = useState<TemplateChoice | null>(null);
  useEffect(() => {
    if (!canSubscribe()) return;
    void fetchTemplates().then((res) => res.ok && setTemplate(res.data.templates.find((t) => t.key === 'project') ?? null));
  }, []);
  const toggle = async (): Promise<void> => {
    // The dialog must open straight from the tap, before any network call.
    const answers = !following && template ? await requestSubscribe([template]) : null;
    const res = await followProject(projectId, !following);
    if (!res.ok) return setNotice(messageFor(res));
    setFollowing(res.data.following);
    if (answers) await recordConsents(answers);
    const reminded = answers?.some((a) => a.result === 'accept');
    setNotice(res.data.following ? (reminded ? '已关注，有新进展时微信会提醒你一次' : '已关注，新进展会出现在通知中心') : '已取消关注');
  };
  return (
    <View>
      <Button className={following ? 'btn' : 'btn btn--primary'} aria-pressed={following} onClick={() => void toggle()}>
        {following ? '已关注（点按取消）' : '关注这个项目'}
      </Button>
      <StatusLine text={notice} />
    </View>
  );
}
