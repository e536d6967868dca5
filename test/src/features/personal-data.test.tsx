import { fireEvent, render, screen } from '@testing-library/react';
import type { MyData as MyDataView } from '#types/api/personal-data';
import { MyData } from '@/features/personal-data/components/my-data';
import { PrivacyNotice } from '@/features/personal-data/components/privacy-notice';
import { RevealDetail } from '@/features/personal-data/components/reveal-detail';
import { gatewayAnswers } from '../../support/gateway-answers';

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});

beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});

describe('RevealDetail', () => {
  it('shows the masked number until 查看完整号码 is tapped, then the full one the server returned', async () => {
    const asked = gatewayAnswers({ revealPersonal: { ok: true, data: { value: '13812345678' } } });
    render(<RevealDetail caseId="case-1" field="phone" masked="138****5678" />);
    expect(screen.getByText(/回电号码：138\*\*\*\*5678/)).toBeInTheDocument();
    expect(asked).toEqual([]); // nothing revealed (or recorded) without the tap
    fireEvent.click(screen.getByText('查看完整号码'));
    expect(await screen.findByText(/回电号码：13812345678/)).toBeInTheDocument();
    expect(asked).toEqual([{ action: 'revealPersonal', payload: { caseId: 'case-1', field: 'phone' } }]);
    expect(screen.queryByText('查看完整号码')).toBeNull();
  });

  it('keeps the masked value and says why when the server refuses', async () => {
    gatewayAnswers({ revealPersonal: { ok: false, code: 'NOT_FOUND', message: '这件事的证件号码不存在或已删除' } });
    render(<RevealDetail caseId="case-1" field="applicant.idNumber" masked="4301**********1234" />);
    fireEvent.click(screen.getByText('查看'));
    expect(await screen.findByText(/这件事的证件号码不存在或已删除/)).toBeInTheDocument();
    expect(screen.getByText(/证件号码：4301\*\*\*\*\*\*\*\*\*\*1234/)).toBeInTheDocument();
  });
});

describe('PrivacyNotice', () => {
  it('says how long the number is kept, with the figure an admin set', async () => {
    gatewayAnswers({ getRetention: { ok: true, data: { days: { cases: 730, disclosures: 1095, searchLog: 180 } } } });
    render(<PrivacyNotice kind="cases" />);
    expect(await screen.findByText(/只用于工作人员回电联系你.*事项办结 2 年后，手机号和照片会自动删除/)).toBeInTheDocument();
  });

  it('counts days that are not whole years in days, for disclosure applications', async () => {
    gatewayAnswers({ getRetention: { ok: true, data: { days: { cases: 365, disclosures: 400, searchLog: 180 } } } });
    render(<PrivacyNotice kind="disclosures" />);
    expect(await screen.findByText(/证件号码、电话、地址和邮箱只用于核实申请人身份.*申请办结 400 天后会自动删除/)).toBeInTheDocument();
  });

  it('still says what the number is for when the figure cannot be read', async () => {
    gatewayAnswers({});
    render(<PrivacyNotice kind="cases" />);
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.getByText(/事项办结后按规定期限，手机号和照片会自动删除/)).toBeInTheDocument();
  });
});

describe('MyData (我的个人信息)', () => {
  const at = '2026-03-02T02:00:00.000Z';
  const data: MyDataView = {
    exportedAt: '2026-06-10T02:00:00.000Z',
    noticePrefs: { topics: ['closure'], areas: ['石门乡'], mode: 'digest', consents: {}, updatedAt: at },
    cases: [],
    comments: [{ id: 'c1', section: 0, text: '建议公开养护资金明细', createdAt: at, outcome: null, status: 'visible', hiddenReason: null, consultationTitle: '农村公路养护办法' }],
    ratings: [],
    votes: [{ kind: 'qa', targetId: 'q1', helpful: true, at }],
    follows: [],
    noticeReads: [],
    messages: [{ template: 'notice', status: 'sent', at }],
    meetingRegistrations: [],
  };

  it('lists what is held in sections and downloads it all as one JSON file on H5', async () => {
    gatewayAnswers({ exportMyData: { ok: true, data } });
    const saved: { name: string; blob: Blob }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs.get(this.href) as Blob });
    });
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.set('blob:my-data', blob);
      return 'blob:my-data';
    });
    URL.revokeObjectURL = jest.fn();
    render(<MyData />);
    expect(await screen.findByText('建议公开养护资金明细')).toBeInTheDocument();
    expect(screen.getByText('我的提问和申请（0）')).toBeInTheDocument();
    expect(screen.getByText(/方式：每天汇总一条/)).toBeInTheDocument();
    fireEvent.click(screen.getByText('下载'));
    expect(saved.map((s) => s.name)).toEqual(['我的个人信息-2026-06-10.json']);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText((saved[0] as { blob: Blob }).blob);
    });
    expect(JSON.parse(text)).toEqual(data);
    click.mockRestore();
  });
});
