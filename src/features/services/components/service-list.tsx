import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { ServiceListItem } from '#types/api/service-views';
import { SERVICE_KIND_LABELS, SERVICE_KINDS, type ServiceKind } from '#types/models/service';
import { ChoiceChips } from '@/components/ui/choice-chips';
import { PagedListView } from '@/components/ui/paged-list-view';
import { usePagedList } from '@/lib/use-paged-list';
import { fetchLifeEvents, fetchServices } from '../api/services-api';
import { ServiceCard } from './service-card';

/** 办事指南: by what the person wants to do (life events) or by the kind of matter. */
export function ServiceList() {
  const [kind, setKind] = useState<ServiceKind | undefined>();
  const [lifeEvent, setLifeEvent] = useState<string | undefined>();
  const [events, setEvents] = useState<string[]>([]);
  useEffect(() => {
    void fetchLifeEvents().then((res) => res.ok && setEvents(res.data.items.map((e) => e.name)));
  }, []);
  const filters = { ...(kind ? { kind } : {}), ...(lifeEvent ? { lifeEvent } : {}) };
  const list = usePagedList<ServiceListItem>((cursor) => fetchServices(filters, cursor), JSON.stringify(filters));
  return (
    <View>
      {events.length > 0 && <ChoiceChips options={events} labels={Object.fromEntries(events.map((e) => [e, e]))} value={lifeEvent} onChange={setLifeEvent} all="我想办…" />}
      <ChoiceChips options={SERVICE_KINDS} labels={SERVICE_KIND_LABELS} value={kind} onChange={setKind} all="全部类型" />
      <PagedListView list={list} empty="没有符合条件的办事指南" render={(s) => <ServiceCard key={s.id} item={s} />} />
    </View>
  );
}
