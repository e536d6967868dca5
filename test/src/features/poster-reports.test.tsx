import { render, screen } from '@testing-library/react';
import { OfflineReportView } from '@/features/notice-reports/components/offline-report';
import { PosterScans } from '@/features/staff-posters';
import { gatewayAnswers } from '../../support/gateway-answers';

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});

describe('PosterScans', () => {
  it('shows scans per village and per poster, and names the villages nobody scanned', async () => {
    const asked = gatewayAnswers({
      listPosterScans: {
        ok: true,
        data: {
          posters: [
            { id: 'p1', subject: 'item', title: 'S205封闭施工', area: '石门乡/上坪村', scans: 7, createdByName: '王', createdAt: '2026-06-03T02:00:00.000Z' },
            { id: 'p2', subject: 'item', title: 'S205封闭施工', area: '岭口乡/白沙村', scans: 0, createdByName: '王', createdAt: '2026-06-03T02:00:00.000Z' },
          ],
          areas: [{ area: '石门乡/上坪村', posters: 1, scans: 7 }, { area: '岭口乡/白沙村', posters: 1, scans: 0 }],
          silent: ['岭口乡/白沙村'],
        },
      },
    });
    render(<PosterScans refId="n1" />);
    expect(await screen.findByText('贴了海报但还没人扫码：岭口乡白沙村')).toBeInTheDocument();
    expect(screen.getByText('石门乡上坪村：1 张海报，扫码 7 次')).toBeInTheDocument();
    expect(asked.map((a) => a.payload)).toEqual([{ refId: 'n1' }]);
  });
});

describe('OfflineReportView', () => {
  it('says which villages confirmed, which are overdue, and the scans', () => {
    render(
      <OfflineReportView
        report={{
          villages: [
            { area: '石门乡/上坪村', posted: '2026-06-03T03:00:00.000Z', broadcast: null, overdue: false, posters: 1, scans: 2 },
            { area: '石门乡/下坪村', posted: null, broadcast: null, overdue: true, posters: 0, scans: 0 },
          ],
          confirmed: 1, overdue: 1, dueAt: '2026-06-06T02:00:00.000Z', scans: 2,
        }}
      />,
    );
    expect(screen.getByText(/2 个村有信息员，已确认 1 个，逾期 1 个/)).toBeInTheDocument();
    expect(screen.getByText(/石门乡下坪村：未确认张贴，未确认广播，已逾期/)).toBeInTheDocument();
    expect(screen.getByText(/石门乡上坪村：已张贴.*；海报 1 张，扫码 2 次/)).toBeInTheDocument();
  });
});
