import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import { messageFor } from '@/lib/cloud';
import { useOneTimeReminder } from '@/lib/subscribe';
import { followProject } from '../api/projects-api';
import { StatusLine } from '@/components/ui/state-views';

/**
 * 关注: remember this project. In WeChat the same tap asks for one progress reminder (a one-time
 * subscription: one message per consent); without it, news still reaches the notice centre.
 */
export function FollowButton({ projectId, initial }: { projectId: string; initial: boolean }) {
  const [following, setFollowing] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const reminder = useOneTimeReminder('project');
  const toggle = async (): Promise<void> => {
    // The dialog must open straight from the tap, before any network call.
    const answers = following ? null : await reminder.ask();
    const res = await followProject(projectId, !following);
    if (!res.ok) return setNotice(messageFor(res));
    setFollowing(res.data.following);
    await reminder.record(answers);
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
