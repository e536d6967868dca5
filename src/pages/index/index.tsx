import Taro, { useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { AboutLinks } from '@/components/ui/about-links';
import { EntryGrid } from '@/components/ui/entry-grid';
import { Page } from '@/components/ui/page';
import { useElderMode } from '@/features/display';
import { FeedList, useFeed } from '@/features/feed';

const ENTRIES = [
  { label: '我要提问', hint: '问政策、反映问题', url: '/more/ask/index' },
  { label: '政策文件', hint: '原文、解读、对比', url: '/pages/policies/index' },
  { label: '项目进展', hint: '修路建桥到哪了', url: '/pages/projects/index' },
  { label: '办事指南', hint: '带什么、去哪办', url: '/more/services/index' },
  { label: '通知提醒', hint: '封路、公交调整', url: '/pages/notices/index' },
  { label: '一问一答', hint: '常见问题大白话', url: '/pages/qa/index' },
  { label: '术语解释', hint: '看不懂的词', url: '/pages/glossary/index' },
  { label: '办理公开', hint: '提问答复情况', url: '/more/answers/index' },
  { label: '预决算', hint: '钱花在哪里', url: '/more/budgets/index' },
  { label: '意见征集', hint: '说说你的意见', url: '/more/consultations/index' },
  { label: '申请公开', hint: '依申请公开信息', url: '/more/disclosure/index' },
  { label: '城乡公交', hint: '几点有车、票价', url: '/bus/lookup/index' },
  { label: '双公示', hint: '许可和处罚决定', url: '/open/decisions/index' },
];

export default function HomePage() {
  const elder = useElderMode();
  const feed = useFeed();
  useShareAppMessage(() => ({ title: '交通运输局政务公开：政策、项目、办事一看就懂', path: '/pages/index/index' }));
  useShareTimeline(() => ({ title: '交通运输局政务公开' }));
  return (
    <Page elder={elder}>
      <View className="search-entry" role="search" onClick={() => void Taro.navigateTo({ url: '/pages/search/index' })}>
        <Text>搜索政策、问答，如：村道坏了找谁修</Text>
      </View>
      <EntryGrid entries={ENTRIES} />
      <View className="hero">
        <Text className="hero__title">最新公开</Text>
        <Text className="hero__hint">政策解读、项目进展、办事指南，随时查看</Text>
      </View>
      <FeedList feed={feed} />
      <AboutLinks />
    </Page>
  );
}
