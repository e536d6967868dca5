import { Text, View } from '@tarojs/components';
import { useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { FeedList, useFeed } from '@/features/feed';

export default function HomePage() {
  const elder = useElderMode();
  const feed = useFeed();
  useShareAppMessage(() => ({ title: '交通运输局政务公开：政策、项目、办事一看就懂', path: '/pages/index/index' }));
  useShareTimeline(() => ({ title: '交通运输局政务公开' }));
  return (
    <Page elder={elder}>
      <View className="hero">
        <Text className="hero__title">最新公开</Text>
        <Text className="hero__hint">政策解读、项目进展、办事指南，随时查看</Text>
      </View>
      <FeedList feed={feed} />
    </Page>
  );
}
