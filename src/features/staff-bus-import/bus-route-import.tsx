import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { CsvFileFields, CsvImportResult } from '@/features/budgets/components/csv-file-fields';
import { useCsvFileImport } from '@/features/budgets/use-csv-file-import';
import { call } from '@/lib/cloud';

const TEMPLATE = '类型,线路编号,名称,乡镇,村,分钟,方向,日子,发车时间,起点,终点,票价,运营单位,服务电话';

/**
 * 导入城乡公交线路: the editor picks the routes CSV (format in the README); it is checked whole on the
 * server, and every new or changed route goes to a reviewer like a submitted draft.
 */
export function BusRouteImport() {
  const form = useCsvFileImport();
  const { file, csv, busy, result, submit } = form;
  const send = (): Promise<void> =>
    submit((source) => call('staff', 'importBusRoutes', source, { retry: true }), (r) => `文件里有 ${r.routes} 条线路：${r.submitted} 条新增或有改动，已提交审核；${r.unchanged} 条没有变化`);
  return (
    <View className="list">
      <CsvFileFields
        form={form}
        label="城乡公交线路 CSV 文件"
        hint={`每行一种内容，“类型”一列写：线路（名称、运营单位、服务电话，统一票价的写票价）、站点（按去程顺序，写乡镇、村和从第一站出发后的分钟数）、班次（方向写去程或返程，日子写工作日、周末或节假日，发车时间用空格分开）、票价（按站计价时每两站一行）。表头：${TEMPLATE}`}
        template={TEMPLATE}
      />
      <Button className="btn btn--primary" disabled={busy || (!file && !csv.trim())} loading={busy} onClick={() => void send()}>
        检查并提交审核
      </Button>
      <CsvImportResult lines={result} />
      <Button className="btn" onClick={() => void Taro.navigateTo({ url: '/staff/content/index' })}>
        去内容管理看待审核的线路
      </Button>
    </View>
  );
}
