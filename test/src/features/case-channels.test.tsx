import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ClaimCaseForm } from '@/features/cases/components/claim-case-form';
import { RecordCaseForm } from '@/features/cases/components/record-case-form';
import { gatewayAnswers } from '../../support/gateway-answers';

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});

const recorded = {
  ok: true,
  data: { case: { id: 'c1', trackingNo: '20261130-ABC234' }, claimCode: '042917', smsText: '【交通运输局】您反映的事项已登记，编号20261130-ABC234，查询码042917。' },
};

describe('RecordCaseForm', () => {
  it('records a letter on the day it was received and shows the code and the SMS to send', async () => {
    const asked = gatewayAnswers({ recordCase: recorded });
    const onRecorded = jest.fn();
    render(<RecordCaseForm onRecorded={onRecorded} />);
    fireEvent.click(screen.getByText('登记电话、信件、邮件、来访反映的事'));
    fireEvent.click(screen.getByText('信件'));
    fireEvent.click(screen.getByText('投诉'));
    fireEvent.input(screen.getByPlaceholderText('如 2026-11-30'), { target: { value: '2026-11-27' } });
    fireEvent.input(screen.getByPlaceholderText('按反映人的原意记录'), { target: { value: '石门村班车经常晚点半小时。' } });
    fireEvent.click(screen.getByText('登记并生成查询码'));
    expect(await screen.findByText('已登记，编号 20261130-ABC234')).toBeInTheDocument();
    expect(screen.getByText(/查询码：042917/)).toBeInTheDocument();
    expect(screen.getByText(/编号20261130-ABC234，查询码042917/)).toBeInTheDocument();
    expect(asked).toEqual([
      { action: 'recordCase', payload: { requestId: expect.stringMatching(/^r/), channel: 'letter', receivedOn: '2026-11-27', category: 'complaint', text: '石门村班车经常晚点半小时。', phone: null } },
    ]);
    expect(onRecorded).toHaveBeenCalledTimes(1);
  });

  it('says why the server refused and keeps what was typed', async () => {
    gatewayAnswers({ recordCase: { ok: false, code: 'INVALID_ARGUMENT', message: '只能登记 30 天内收到的事项' } });
    render(<RecordCaseForm onRecorded={jest.fn()} />);
    fireEvent.click(screen.getByText('登记电话、信件、邮件、来访反映的事'));
    fireEvent.input(screen.getByPlaceholderText('按反映人的原意记录'), { target: { value: '去年的来信，今天才拆。' } });
    fireEvent.click(screen.getByText('登记并生成查询码'));
    expect(await screen.findByText('只能登记 30 天内收到的事项')).toBeInTheDocument();
    expect(screen.getByDisplayValue('去年的来信，今天才拆。')).toBeInTheDocument();
  });
});

describe('ClaimCaseForm', () => {
  it('finds a recorded case with its number and code', async () => {
    const asked = gatewayAnswers({ claimCase: { ok: true, data: { id: 'c1', trackingNo: '20261130-ABC234' } } });
    const onClaimed = jest.fn();
    render(<ClaimCaseForm onClaimed={onClaimed} />);
    const button = screen.getByText('查找并加入我的提问');
    fireEvent.input(screen.getByPlaceholderText('如 20261130-ABC234'), { target: { value: ' 20261130-abc234 ' } });
    fireEvent.input(screen.getByPlaceholderText('6 位数字'), { target: { value: '042917' } });
    fireEvent.click(button);
    await waitFor(() => expect(onClaimed).toHaveBeenCalledWith('已找到编号 20261130-ABC234 的事项，答复会在这里显示'));
    expect(asked).toEqual([{ action: 'claimCase', payload: { trackingNo: '20261130-abc234', code: '042917' } }]);
  });

  it('says when the number or the code is wrong', async () => {
    gatewayAnswers({ claimCase: { ok: false, code: 'NOT_FOUND', message: '编号或查询码不对，请核对后再试' } });
    render(<ClaimCaseForm onClaimed={jest.fn()} />);
    fireEvent.input(screen.getByPlaceholderText('如 20261130-ABC234'), { target: { value: '20261130-ABC234' } });
    fireEvent.input(screen.getByPlaceholderText('6 位数字'), { target: { value: '000000' } });
    fireEvent.click(screen.getByText('查找并加入我的提问'));
    expect(await screen.findByText('编号或查询码不对，请核对后再试')).toBeInTheDocument();
  });
});
