import Taro from '@tarojs/taro';
import { Button } from '@tarojs/components';

/** "对这条内容有疑问？" — opens the ask form about this item. */
export function AskLink({ kind, id, title, label = '对这条内容有疑问？去提问' }: { kind: 'policy' | 'qa' | 'project' | 'service' | 'notice' | 'budget'; id: string; title: string; label?: string }) {
  const url = `/more/ask/index?kind=${kind}&id=${id}&title=${encodeURIComponent(title.slice(0, 60))}`;
  return (
    <Button className="btn btn--link" onClick={() => void Taro.navigateTo({ url })}>
      {label}
    </Button>
  );
}
