import { Button, Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import { SavedCopyNote } from '@/components/ui/saved-copy-note';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { formatDate } from '@/lib/format-date';
import { useSavedPage } from '@/lib/use-saved-page';
import { fetchBureau } from '../api/about-api';
import { AboutSection, Paragraphs } from './about-section';
import { ContentHistory } from './content-history';
import { dial, PhoneList } from './phone-list';

/** 机构信息: functions, internal bodies (phones tap to call), leaders and their duties, address, hours. */
export function BureauInfo() {
  const page = useSavedPage('about:bureau', useCallback(() => fetchBureau(), []));
  if (page.error) return <ErrorState message={page.error} onRetry={page.reload} />;
  if (!page.data) return <LoadingState />;
  const b = page.data;
  return (
    <View className="list">
      <SavedCopyNote savedAt={page.savedAt} onReload={page.reload} />
      <View className="card">
        <Text className="section__title">{b.name}</Text>
        <Text className="card__summary">地址：{b.address}</Text>
        <Text className="card__summary">办公时间：{b.hours}</Text>
        <Text className="row__hint">
          第{b.version}版 · {formatDate(b.updatedAt)}更新
        </Text>
      </View>
      <AboutSection title="联系电话">
        <PhoneList phones={b.phones} />
      </AboutSection>
      <AboutSection title="主要职能">
        <Paragraphs text={b.functions} />
      </AboutSection>
      <AboutSection title="领导分工">
        {b.leaders.map((l) => (
          <View key={`${l.post}-${l.name}`} className="card">
            <Text className="card__title">
              {l.post} {l.name}
            </Text>
            <Text className="card__summary">{l.duties}</Text>
          </View>
        ))}
      </AboutSection>
      {b.bodies.length > 0 && (
        <AboutSection title="内设机构">
          {b.bodies.map((body) => (
            <View key={body.name} className="card">
              <Text className="card__title">{body.name}</Text>
              <Text className="card__summary">{body.duties}</Text>
              {body.phone && (
                <Button className="btn btn--small" aria-label={`拨打${body.name}电话 ${body.phone}`} onClick={() => dial(body.phone)}>
                  拨打 {body.phone}
                </Button>
              )}
            </View>
          ))}
        </AboutSection>
      )}
      <ContentHistory kind="bureau" id="bureau" version={b.version} />
    </View>
  );
}
