import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { messageFor } from '@/lib/cloud';
import { followProject } from '../api/projects-api';

/** 关注: remember this project, so its news can reach the person. */
export function FollowButton({ projectId, initial }: { projectId: string; initial: boolean }) {
  const [following, setFollowing] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const toggle = (): void => {
    void followProject(projectId, !following).then((res) => {
      if (!res.ok) return setNotice(messageFor(res));
      setFollowing(res.data.following);
      setNotice(res.data.following ? '已关注，有新进展会在消息中告诉你' : '已取消关注');
    });
  };
  return (
    <View>
      <Button className={following ? 'btn' : 'btn btn--primary'} aria-pressed={following} onClick={toggle}>
        {following ? '已关注（点按取消）' : '关注这个项目'}
      </Button>
      {notice && (
        <View role="status">
          <Text className="row__hint">{notice}</Text>
        </View>
      )}
    </View>
  );
}
