import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import { SERVICE_KIND_LABELS } from '#types/models/service';
import { AskLink } from '@/components/ui/ask-link';
import { SavedCopyNote } from '@/components/ui/saved-copy-note';
import { ErrorState, LoadingState } from '@/components/ui/state-views';
import { useSavedPage } from '@/lib/use-saved-page';
import { fetchService } from '../api/services-api';
import { HandlingTimesNote } from './handling-times-note';
import { MaterialChecklist } from './material-checklist';
import { RatingPanel } from './rating-panel';
import { timeLimits } from './service-card';

const dial = (phone: string): void => void Taro.makePhoneCall({ phoneNumber: phone.replace(/[^\d-]/g, '') });

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View className="section">
      <Text className="section__title">{title}</Text>
      {children}
    </View>
  );
}

/** One service guide: who can apply, the checklist, the journey, time limits, fees, where, whom to call. */
export function ServiceDetail({ id }: { id: string }) {
  const page = useSavedPage(`service:${id}`, useCallback(() => fetchService(id), [id]));
  if (page.error) return <ErrorState message={page.error} onRetry={page.reload} />;
  if (!page.data) return <LoadingState />;
  const s = page.data;
  return (
    <View className="list">
      <SavedCopyNote savedAt={page.savedAt} onReload={page.reload} />
      {s.withdrawnNote !== null && (
        <View className="banner" role="alert">
          <Text>这份办事指南已停用：{s.withdrawnNote}</Text>
        </View>
      )}
      <View className="card">
        <Text className="chip">{SERVICE_KIND_LABELS[s.kind]}</Text>
        <Text className="section__title">{s.name}</Text>
        <Text className="card__summary">{s.summary}</Text>
        <Text className="row__hint">办理时限：{timeLimits(s)}</Text>
        <HandlingTimesNote id={s.id} />
        <Text className="row__hint">收费：{s.fees || '未公布'}</Text>
      </View>
      {s.hotline && (
        <Button className="btn btn--primary" onClick={() => dial(s.hotline)}>
          拨打咨询电话 {s.hotline}
        </Button>
      )}
      {s.onlineUrl && (
        <Button className="btn" onClick={() => void Taro.setClipboardData({ data: s.onlineUrl ?? '' }).then(() => Taro.showToast({ title: '网址已复制，可在浏览器打开', icon: 'none' }))}>
          网上办理：复制网址
        </Button>
      )}
      {s.qas.length > 0 && (
        <Section title="常见问答">
          {s.qas.map((qa) => (
            <View key={qa.id} className="card card--link" role="link" onClick={() => void Taro.navigateTo({ url: `/pages/qa/index?id=${qa.id}` })}>
              <Text className="card__title">{qa.question}</Text>
            </View>
          ))}
        </Section>
      )}
      <Section title="谁可以办">
        <Text className="card__summary">{s.eligibility || '未公布'}</Text>
      </Section>
      <Section title="要带的材料">
        <MaterialChecklist serviceId={s.id} materials={s.materials} />
      </Section>
      <Section title="怎么办">
        {s.steps.map((step, i) => (
          <View key={step.title} className="step">
            <Text className="step__number" aria-hidden>
              {i + 1}
            </Text>
            <View className="step__body">
              <Text className="card__title">{`第 ${i + 1} 步：${step.title}`}</Text>
              {step.detail && <Text className="row__hint">{step.detail}</Text>}
            </View>
          </View>
        ))}
      </Section>
      <Section title="去哪里办">
        {s.places.map((p) => (
          <View key={p.name} className="card">
            <Text className="card__title">{p.name}</Text>
            <Text className="row__hint">地址：{p.address}</Text>
            {p.hours && <Text className="row__hint">时间：{p.hours}</Text>}
            {p.phone && (
              <Button className="btn btn--small" onClick={() => dial(p.phone)}>
                拨打 {p.phone}
              </Button>
            )}
          </View>
        ))}
      </Section>
      <Section title="依据">
        <Text className="row__hint">{s.basis || '未公布'}</Text>
      </Section>
      <RatingPanel service={s} onRated={page.reload} />
      <AskLink kind="service" id={s.id} title={s.name} label="对这项办事有疑问？去提问" />
    </View>
  );
}
