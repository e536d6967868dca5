import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { MyData as MyDataView } from '#types/api/personal-data';
import { CASE_CATEGORY_LABELS, CASE_STATUS_LABELS, DISCLOSURE_FORM_LABELS } from '#types/models/case';
import { COMMENT_STATUS_LABELS } from '#types/models/consultation';
import { DELIVERY_STATUS_LABELS, NOTICE_TOPIC_LABELS } from '#types/models/notice';
import { TEMPLATE_INFO } from '#types/models/notice-message';
import { RATING_LABELS } from '#types/models/service';
import { ErrorState, LoadingState, StatusLine } from '@/components/ui/state-views';
import { messageFor } from '@/lib/cloud';
import { formatDate } from '@/lib/format-date';
import { saveTextFile } from '@/lib/save-text-file';
import { exportMyData } from '../api/personal-data-api';

const VOTE_KIND_LABELS = { policy: '政策', qa: '问答' } as const;

function Section({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  return (
    <View className="section">
      <Text className="section__title">
        {title}
        {count === undefined ? '' : `（${count}）`}
      </Text>
      {count === 0 ? <Text className="row__hint">没有</Text> : children}
    </View>
  );
}

const Line = ({ children }: { children: ReactNode }) => <Text className="row__hint">{children}</Text>;

/** 我的个人信息: everything the bureau holds keyed to the person, in sections, to download (H5) or copy (weapp). */
export function MyData() {
  const [data, setData] = useState<MyDataView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    void exportMyData().then((res) => (res.ok ? setData(res.data) : setError(messageFor(res))));
  }, []);
  useEffect(load, [load]);
  if (error) return <ErrorState message={error} onRetry={load} />;
  if (!data) return <LoadingState />;

  const json = JSON.stringify(data, null, 2);
  const weapp = process.env.TARO_ENV === 'weapp';
  const takeAway = (): void => {
    if (weapp) {
      void Taro.setClipboardData({ data: json }).then(
        () => setStatus('已复制全部内容，可以粘贴到聊天或备忘录里保存'),
        () => setStatus('复制没有成功，请再试一次'),
      );
    } else {
      saveTextFile(`我的个人信息-${data.exportedAt.slice(0, 10)}.json`, json);
      setStatus('已开始下载');
    }
  };
  const prefs = data.noticePrefs;
  return (
    <View className="list">
      <Text className="row__hint">这里是本局保存的、与你的微信账号关联的全部信息，只有你自己能看到。</Text>
      <Button className="btn btn--primary" onClick={takeAway}>
        {weapp ? '复制全部' : '下载'}
      </Button>
      <StatusLine text={status} />

      <Section title="通知设置">
        {prefs ? (
          <View>
            <Line>接收：{prefs.topics.map((t) => NOTICE_TOPIC_LABELS[t]).join('、') || '无'}</Line>
            <Line>地区：{prefs.areas.join('、') || '全县'}</Line>
            <Line>方式：{prefs.mode === 'digest' ? '每天汇总一条' : '有通知就提醒'}</Line>
            {Object.entries(prefs.consents).map(([key, c]) => (
              <Line key={key}>
                {TEMPLATE_INFO[key as keyof typeof TEMPLATE_INFO].title}：{c.type === 'long' ? (c.accepted ? '已同意' : '未同意') : `还可提醒 ${c.remaining} 次`}（{formatDate(c.at)}）
              </Line>
            ))}
          </View>
        ) : (
          <Line>没有保存过通知设置</Line>
        )}
      </Section>

      <Section title="我的提问和申请" count={data.cases.length}>
        {data.cases.map((c) => (
          <View key={c.id} className="card">
            <Text className="card__title">
              {c.trackingNo} · {CASE_CATEGORY_LABELS[c.category]} · {CASE_STATUS_LABELS[c.status]}
            </Text>
            <Line>提交于 {formatDate(c.createdAt)}</Line>
            <Text className="card__summary">{c.text}</Text>
            {c.phone && <Line>回电号码：{c.phone}</Line>}
            {c.photos.length > 0 && <Line>照片 {c.photos.length} 张</Line>}
            {c.disclosure && (
              <View>
                <Line>
                  申请人：{c.disclosure.applicant.organisation ? `${c.disclosure.applicant.organisation} · ` : ''}
                  {c.disclosure.applicant.name} · {c.disclosure.applicant.idNumber} · {c.disclosure.applicant.phone} · {c.disclosure.applicant.address}
                  {c.disclosure.applicant.email ? ` · ${c.disclosure.applicant.email}` : ''}
                </Line>
                <Line>用途：{c.disclosure.purpose}</Line>
                <Line>获取方式：{DISCLOSURE_FORM_LABELS[c.disclosure.form]}</Line>
              </View>
            )}
            {c.reply && <Line>答复：{c.reply}</Line>}
            {c.personalErasedAt && <Line>{formatDate(c.personalErasedAt)}已按保存期限删除其中的个人信息</Line>}
          </View>
        ))}
      </Section>

      <Section title="我的意见" count={data.comments.length}>
        {data.comments.map((c) => (
          <View key={c.id} className="card">
            {c.consultationTitle && <Text className="card__title">{c.consultationTitle}</Text>}
            <Text className="card__summary">{c.text}</Text>
            <Line>
              {formatDate(c.createdAt)} · {c.status ? COMMENT_STATUS_LABELS[c.status] : ''}
            </Line>
          </View>
        ))}
      </Section>

      <Section title="办事评价" count={data.ratings.length}>
        {data.ratings.map((r) => (
          <Line key={`${r.serviceId}-${r.at}`}>
            {r.serviceName ?? '办事指南'}：{RATING_LABELS[r.level - 1]}
            {r.comment ? `，${r.comment}` : ''}（{formatDate(r.at)}）
          </Line>
        ))}
      </Section>

      <Section title="有帮助 / 没帮助" count={data.votes.length}>
        {data.votes.map((v) => (
          <Line key={`${v.kind}-${v.targetId}`}>
            {VOTE_KIND_LABELS[v.kind]} {v.targetId}：{v.helpful ? '有帮助' : '没帮助'}（{formatDate(v.at)}）
          </Line>
        ))}
      </Section>

      <Section title="看过的通知" count={data.noticeReads.length}>
        {data.noticeReads.map((r) => (
          <Line key={r.noticeId}>
            {r.title ?? `通知 ${r.noticeId}`}（{formatDate(r.at)}）
          </Line>
        ))}
      </Section>

      <Section title="收到的微信提醒" count={data.messages.length}>
        {data.messages.map((m, i) => (
          <Line key={`${m.at}-${i}`}>
            {TEMPLATE_INFO[m.template].title}：{DELIVERY_STATUS_LABELS[m.status]}（{formatDate(m.at)}）
          </Line>
        ))}
      </Section>

      <Section title="意见征集会报名" count={data.meetingRegistrations.length}>
        {data.meetingRegistrations.map((r) => (
          <Line key={r.id}>
            {r.consultationTitle ?? '意见征集'}：{r.place ?? ''}（{r.status === 'registered' ? '已报名' : '已取消'}{r.name ? `，姓名 ${r.name}` : ''}{r.phone ? `，电话 ${r.phone}` : ''}，{formatDate(r.createdAt)}）
          </Line>
        ))}
      </Section>

      <Section title="关注的项目" count={data.follows.length}>
        {data.follows.map((f) => (
          <Line key={f.targetId}>
            项目 {f.targetId}（{formatDate(f.at)} 关注）
          </Line>
        ))}
      </Section>
    </View>
  );
}
