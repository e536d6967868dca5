// 导入城乡公交线路 (and the CSV form it shares with 导入预决算): pasted text is sent as it is, a refusal
// shows each reason on its own line, a success says how many routes went to review.
import { fireEvent, render, screen } from '@testing-library/react';
import { BusRouteImport } from '@/features/staff-bus-import/bus-route-import';
import { gatewayAnswers } from '../../support/gateway-answers';

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});

const csv = '类型,线路编号,名称\n线路,城乡1路,县城—石门乡';

describe('BusRouteImport', () => {
  it('sends the pasted file and lists every reason it was refused', async () => {
    const asked = gatewayAnswers({ importBusRoutes: { ok: false, code: 'INVALID_ARGUMENT', message: '第 9 行：线路「城乡3路」「去程·工作日」的发车时间要从早到晚排；第 40 行：站点「岭下」：「城关镇」没有「岭上村」' } });
    render(<BusRouteImport />);
    expect(screen.getByText('检查并提交审核')).toBeDisabled();
    fireEvent.input(screen.getByPlaceholderText(/^类型,线路编号/), { target: { value: csv } });
    fireEvent.click(screen.getByText('检查并提交审核'));
    expect(await screen.findByText('第 9 行：线路「城乡3路」「去程·工作日」的发车时间要从早到晚排')).toBeInTheDocument();
    expect(screen.getByText('第 40 行：站点「岭下」：「城关镇」没有「岭上村」')).toBeInTheDocument();
    expect(asked).toEqual([{ action: 'importBusRoutes', payload: { csv } }]);
  });

  it('says how many routes went to review', async () => {
    gatewayAnswers({ importBusRoutes: { ok: true, data: { routes: 5, submitted: 1, unchanged: 4, revisionIds: ['r1'] } } });
    render(<BusRouteImport />);
    fireEvent.input(screen.getByPlaceholderText(/^类型,线路编号/), { target: { value: csv } });
    fireEvent.click(screen.getByText('检查并提交审核'));
    expect(await screen.findByText('文件里有 5 条线路：1 条新增或有改动，已提交审核；4 条没有变化')).toBeInTheDocument();
  });
});
