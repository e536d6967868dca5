import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { DutyRowView, FreshnessView } from '#types/api/freshness';
import { FreshnessReport } from '@/features/staff-freshness';

const realFetch = global.fetch;
const navigate = jest.spyOn(Taro, 'navigateTo');
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});
afterEach(() => {
  global.fetch = realFetch;
  navigate.mockClear();
});

const policy: DutyRowView = {
  key: 'policy:p1', kind: 'policy', itemId: 'p1', title: '临时交通管制办法', state: 'overdue', dueAt: '2026-09-30T15:59:59.999Z', duty: '有效期届满：改为已废止，或发布延续有效的新文件',
  overdueDays: 8, owner: 'o-editor', ownerName: '王编辑', page: '/staff/edit/index?kind=policy&targetId=p1',
};
const disclosure: DutyRowView = {
  key: 'disclosure:x1', kind: 'disclosure', itemId: 'x1', title: '清溪大桥危桥改造工程', state: 'due_soon', dueAt: '2026-10-22T15:59:59.999Z', duty: '「招标投标」信息形成后 20 个工作日内公开',
  overdueDays: 0, owner: 'o-reviewer', ownerName: '李审核', page: '/staff/edit/index?kind=project&targetId=x1',
};

function view(overrides: Partial<FreshnessView> = {}): FreshnessView {
  return {
    checkedAt: '2026-10-16T02:00:00.000Z', me: 'o-reviewer', isAdmin: false, rows: [policy, disclosure], truncated: 0,
    groups: [{ owner: 'o-reviewer', name: '李审核', overdue: 0, dueSoon: 1, escalated: 0 }, { owner: 'o-editor', name: '王编辑', overdue: 1, dueSoon: 0, escalated: 1 }],
    health: [{ key: 'basis:s1:p9', problem: 'basis_repealed', kind: 'service', itemId: 's1', title: '网约车驾驶员证核发', detail: '依据的政策《网约车管理实施细则》已废止', ownerName: null, page: '/staff/edit/index?kind=service&targetId=s1' }],
    staff: [], ...overrides,
  };
}

/** Answers getFreshness with `data`, and records every setContentOwner payload. */
function serve(data: FreshnessView): Record<string, unknown>[] {
  const sets: Record<string, unknown>[] = [];
  global.fetch = jest.fn(async (_url: unknown, init?: { body?: string }) => {
    const body = JSON.parse(init?.body ?? '{}') as { action?: string; payload?: Record<string, unknown>; data?: { action?: string; payload?: Record<string, unknown> } };
    const action = body.action ?? body.data?.action;
    const payload = body.payload ?? body.data?.payload ?? {};
    if (action === 'setContentOwner') {
      sets.push(payload);
      return { json: async () => ({ ok: true, data: payload }) } as Response;
    }
    return { json: async () => ({ ok: true, data }) } as Response;
  }) as typeof fetch;
  return sets;
}

describe('更新期限与内容健康', () => {
  it('groups duties by owner with the reader’s own first, shows dates in Beijing time, and opens where to act', async () => {
    serve(view());
    render(<FreshnessReport />);
    expect(await screen.findByText('我负责的（李审核）：超期 0，10 个工作日内到期 1')).toBeInTheDocument();
    expect(screen.getByText('王编辑：超期 1，10 个工作日内到期 0')).toBeInTheDocument();
    expect(screen.getByText('2026-10-22 到期')).toBeInTheDocument();
    expect(screen.getByText('已超期 8 个工作日（期限 2026-09-30）')).toBeInTheDocument();
    expect(screen.getByText('依据的政策《网约车管理实施细则》已废止')).toBeInTheDocument();
    expect(screen.queryByText(/超期超过 5 个工作日/)).toBeNull();
    expect(screen.queryByText('改派负责人')).toBeNull();
    fireEvent.click(screen.getAllByText('去处理')[0] as HTMLElement);
    expect(navigate).toHaveBeenCalledWith({ url: '/staff/edit/index?kind=project&targetId=x1' });
  });

  it('shows admins what stayed overdue and lets them give an item to someone else', async () => {
    const sets = serve(view({ isAdmin: true, me: 'o-admin', staff: [{ openid: 'o-editor', name: '王编辑' }, { openid: 'o-reviewer', name: '李审核' }] }));
    render(<FreshnessReport />);
    expect(await screen.findByText('超期超过 5 个工作日（1）')).toBeInTheDocument();
    fireEvent.click(screen.getAllByText('改派负责人')[0] as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: '李审核' }));
    expect(await screen.findByText('已改派，下次检查（15 分钟内）更新')).toBeInTheDocument();
    expect(sets).toEqual([{ kind: 'policy', itemId: 'p1', owner: 'o-reviewer' }]);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  });

  it('says when nothing has been checked yet', async () => {
    serve(view({ checkedAt: null, rows: [], groups: [], health: [] }));
    render(<FreshnessReport />);
    expect(await screen.findByText('还没有检查过：定时任务每 15 分钟检查一次，请稍后再看')).toBeInTheDocument();
  });
});
