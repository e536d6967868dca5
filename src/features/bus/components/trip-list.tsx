import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { BusTripAnswer } from '#types/api/bus-views';
import { BUS_DAY_TYPE_LABELS } from '#types/models/bus-route';
import { EmptyState } from '@/components/ui/state-views';
import { departureText, fareText } from '../bus-text';

/** The routes from the chosen village to the county seat: next departures, where to board, the fare. */
export function TripList({ answer }: { answer: BusTripAnswer }) {
  return (
    <View className="list">
      <Text className="section__title">{`${answer.fromLabel} → ${answer.toLabel}`}</Text>
      <Text className="row__hint">{`今天 ${answer.day}，按${BUS_DAY_TYPE_LABELS[answer.dayType]}时刻表`}</Text>
      {answer.options.length === 0 && <EmptyState text={`没有从${answer.fromLabel}直达${answer.toLabel}的城乡公交，可以看看下面途经这里的线路，或打电话问运营单位`} />}
      {answer.options.map((o) => (
        <View key={o.routeId} className="card card--link" role="link" onClick={() => void Taro.navigateTo({ url: `/bus/route/index?id=${o.routeId}` })}>
          <Text className="card__title">{`${o.code}　${o.name}`}</Text>
          <Text className="card__summary">{`在「${o.board}」上车，到「${o.alight}」约 ${o.rideMinutes} 分钟，票价 ${fareText(o.fare)}`}</Text>
          <Text className="row__hint">
            {o.departures.length ? `下一班：${o.departures.map(departureText).join('、')}` : '今明两天没有班次'}
          </Text>
        </View>
      ))}
    </View>
  );
}
