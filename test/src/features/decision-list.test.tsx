import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { DecisionListItem } from '#types/api/decision-views';
import { DecisionList } from '@/features/dual-publicity';

const realFetch = global.fetch;
const navigate = jest.spyOn(Taro, 'navigateTo');
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});
afterEach(() => {
  global.fetch = realFetch;
  navigate.mockClear();
});

const penalty: DecisionListItem = { id: 'penalty-000000000000000000000001', kind: 'penalty', decisionNo: '清交执罚〔2026〕102号', partyName: '张**', partyType: 'person', decisionDate: '2026-05-29', authority: '清溪县交通运输局', content: '罚款人民币叁万元', penaltyTypes: ['罚款', '没收违法所得'], amount: 3 };

/** Answers listDecisions with the items for the asked kind, and records each list request's payload. */
function serve(items: DecisionListItem[]): Record<string, unknown>[] {
  const asked: Record<string, unknown>[] = [];
  global.fetch = jest.fn(async (_url: unknown, init?: { body?: string }) => {
    const body = JSON.parse(init?.body ?? '{}') as { action?: string; payload?: Record<string, unknown>; data?: { action?: string; payload?: Record<string, unknown> } };
    const action = body.action ?? body.data?.action;
    const payload = body.payload ?? body.data?.payload ?? {};
    if (action === 'getDecisionFacets') return { json: async () => ({ ok: true, data: { authorities: ['清溪县交通运输局', '清溪县交通运输综合行政执法大队'], days: { licence: 1095, penalty: 365 } } }) } as Response;
    asked.push(payload);
    const page = items.filter((i) => i.kind === payload.kind && (!payload.q || i.partyName.includes(String(payload.q))));
    return { json: async () => ({ ok: true, data: { items: page, nextCursor: null } }) } as Response;
  }) as typeof fetch;
  return asked;
}

describe('the 双公示 list', () => {
  it('shows licences first, switches to penalties by tab, searches, and opens a decision', async () => {
    const asked = serve([penalty]);
    render(<DecisionList />);
    await screen.findByText('公示期内暂无行政许可决定');
    fireEvent.click(screen.getByRole('button', { name: '行政处罚' }));
    expect(await screen.findByText('张**')).toBeInTheDocument();
    expect(screen.getByText(/公示期 1 年/)).toBeInTheDocument();
    expect(screen.getByText(/罚款 3 万元/)).toBeInTheDocument();
    fireEvent.input(screen.getByPlaceholderText('当事人名称、决定文书号或内容'), { target: { value: '李' } });
    fireEvent.click(screen.getByText('搜索'));
    await screen.findByText('没有符合条件的决定，换个关键词或筛选条件试试');
    expect(asked.at(-1)).toEqual({ kind: 'penalty', q: '李' });
    fireEvent.click(screen.getByRole('button', { name: '没收违法所得' }));
    expect(asked.at(-1)).toEqual({ kind: 'penalty', q: '李', penaltyType: '没收违法所得' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  });

  it('opens the decision’s page from its card', async () => {
    serve([penalty]);
    render(<DecisionList initialKind="penalty" />);
    fireEvent.click(await screen.findByRole('link', { name: /张\*\*/ }));
    expect(navigate).toHaveBeenCalledWith({ url: `/open/decision/index?id=${penalty.id}` });
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  });
});
