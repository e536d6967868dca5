import { Text } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { ServiceTimes } from '#types/api/handling-views';
import { handlingDetails, handlingHeadline } from '#types/text/handling-words';
import { fetchServiceTimes } from '../api/services-api';

/** 近半年平均 X 个工作日办结，承诺 Y 个: measured from the platform's 办件 records; nothing while unknown. */
export function HandlingTimesNote({ id }: { id: string }) {
  const [times, setTimes] = useState<ServiceTimes | null>(null);
  useEffect(() => {
    let live = true;
    void fetchServiceTimes(id).then((res) => live && setTimes(res.ok ? res.data : null));
    return () => {
      live = false;
    };
  }, [id]);
  const headline = times && handlingHeadline(times);
  if (!times || !headline) return null;
  return (
    <>
      <Text className="row__hint">{`实际办理：${headline}`}</Text>
      <Text className="row__hint">{handlingDetails(times)}</Text>
    </>
  );
}
