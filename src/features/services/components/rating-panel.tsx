import { Button, Text, Textarea, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { ServiceView } from '#types/api/service-views';
import { POOR_RATING_MAX, POOR_RATING_WORKING_DAYS, RATING_LABELS } from '#types/models/service';
import { BarChart } from '@/components/ui/bar-chart';
import { messageFor } from '@/lib/cloud';
import { rateService } from '../api/services-api';
import { newRequestId } from '@/lib/new-request-id';
import { StatusLine } from '@/components/ui/state-views';

/** 好差评: the public summary, and the person's own five-level rating with an optional comment. */
export function RatingPanel({ service, onRated }: { service: ServiceView; onRated(): void }) {
  const [level, setLevel] = useState<number>(service.myRating?.level ?? 0);
  const [comment, setComment] = useState(service.myRating?.comment ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const requestId = useRef(newRequestId('r'));
  const send = (): void => {
    if (!level) return setStatus('请先选一个评价');
    void rateService(service.id, level, comment.trim(), requestId.current).then((res) => {
      if (!res.ok) return setStatus(messageFor(res));
      requestId.current = newRequestId('r');
      setStatus(res.data.caseTrackingNo ? `谢谢反馈。已转给工作人员跟进（编号 ${res.data.caseTrackingNo}），${POOR_RATING_WORKING_DAYS} 个工作日内答复，可在“我的提问”查看` : '谢谢你的评价');
      onRated();
    });
  };
  return (
    <View className="section">
      <Text className="section__title">办事评价（好差评）</Text>
      <Text className="row__hint">{service.rating.count ? `${service.rating.count} 人评价，平均 ${service.rating.average} 分（满分 5 分）` : '还没有人评价'}</Text>
      {service.rating.count > 0 && (
        <BarChart title="评价分布" series={[{ label: '人数', tone: 'done' }]} rows={RATING_LABELS.map((label, i) => ({ label, values: [service.ratings.levels[i] ?? 0] })).reverse()} />
      )}
      <View className="chips chips--wrap" role="group">
        {RATING_LABELS.map((label, i) => (
          <Button key={label} className={level === i + 1 ? 'btn btn--small btn--primary' : 'btn btn--small'} aria-pressed={level === i + 1} onClick={() => setLevel(i + 1)}>
            {label}
          </Button>
        ))}
      </View>
      <Textarea className="input input--area" value={comment} maxlength={300} placeholder={level && level <= POOR_RATING_MAX ? '哪里不满意？工作人员会联系整改' : '想说的话（选填）'} onInput={(e) => setComment(e.detail.value)} />
      <Button className="btn btn--primary" onClick={send}>
        {service.myRating ? '修改评价' : '提交评价'}
      </Button>
      <StatusLine text={status} />
    </View>
  );
}
