import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import { SavedCopyNote } from '@/components/ui/saved-copy-note';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { formatDate } from '@/lib/format-date';
import { useSavedPage } from '@/lib/use-saved-page';
import { fetchGuide } from '../api/about-api';
import { AboutSection, Paragraphs } from './about-section';
import { ContentHistory } from './content-history';
import { PhoneList } from './phone-list';

/** 政府信息公开指南: how and where to apply, hours, phones (tap to call), fees, time limits, remedies. */
export function DisclosureGuide() {
  const page = useSavedPage('about:guide', useCallback(() => fetchGuide(), []));
  if (page.error) return <ErrorState message={page.error} onRetry={page.reload} />;
  if (!page.data) return <LoadingState />;
  const g = page.data;
  return (
    <View className="list">
      <SavedCopyNote savedAt={page.savedAt} onReload={page.reload} />
      <View className="card">
        <Text className="section__title">政府信息公开指南</Text>
        <Paragraphs text={g.intro} />
        <Text className="row__hint">
          第{g.version}版 · {formatDate(g.updatedAt)}更新
        </Text>
      </View>
      <Button className="btn btn--primary" onClick={() => void Taro.navigateTo({ url: '/more/disclosure/index' })}>
        在线申请公开
      </Button>
      {g.sections.map((s) => (
        <AboutSection key={s.heading} title={s.heading}>
          <Paragraphs text={s.text} />
        </AboutSection>
      ))}
      <AboutSection title="受理地点和时间">
        <Text className="card__summary">地址：{g.address}</Text>
        <Text className="card__summary">办公时间：{g.hours}</Text>
        {g.email && <Text className="card__summary">电子邮箱：{g.email}</Text>}
      </AboutSection>
      <AboutSection title="联系电话">
        <PhoneList phones={g.phones} />
      </AboutSection>
      <ContentHistory kind="guide" id="guide" version={g.version} />
    </View>
  );
}
