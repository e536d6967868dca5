import { fireEvent, render, screen } from '@testing-library/react';
import { SmsLinks } from '@/features/staff-reach';
import { gatewayAnswers } from '../../support/gateway-answers';

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});

const townships = { ok: true, data: { townships: [{ id: 't1', name: '石门乡', order: 1, retired: false, villages: [] }, { id: 't2', name: '旧镇', order: 2, retired: true, villages: [] }] } };
const made = {
  ok: true,
  data: {
    id: 'set1', kind: 'notice', refId: 'n1', title: 'G235夜间封闭', expiresAt: '2026-12-30T02:00:00.000Z', createdAt: '2026-11-30T02:00:00.000Z', csv: '\uFEFF区域,短信内容\r\n',
    segments: [{ label: '石门乡', url: 'https://wxaurl.cn/abc', sms: '【清溪县交通运输局】G235夜间封闭，详见https://wxaurl.cn/abc', opens: 3 }],
  },
};

describe('SmsLinks', () => {
  it('offers the county and active townships, and shows each area’s SMS with its opens', async () => {
    const asked = gatewayAnswers({ listPlaces: townships, listSmsLinks: { ok: true, data: { items: [] } }, makeSmsLinks: made });
    render(<SmsLinks refId="n1" />);
    expect(await screen.findByText('还没有为这条内容生成过短信链接')).toBeInTheDocument();
    expect(screen.queryByText('旧镇')).toBeNull();
    fireEvent.click(screen.getByText('全县')); // off
    fireEvent.click(screen.getByText('石门乡')); // on
    fireEvent.click(screen.getByText('生成短信和链接'));
    expect(await screen.findByText('【清溪县交通运输局】G235夜间封闭，详见https://wxaurl.cn/abc')).toBeInTheDocument();
    expect(screen.getByText(/石门乡（已打开 3 次）/)).toBeInTheDocument();
    expect(asked.find((a) => a.action === 'makeSmsLinks')?.payload).toEqual({ requestId: expect.stringMatching(/^s/), refId: 'n1', segments: ['石门乡'] });
  });
});
