import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import type { DemandView } from '#types/api/freshness';
import { DemandList } from '@/features/staff-freshness';

const realFetch = global.fetch;
const navigate = jest.spyOn(Taro, 'navigateTo');
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});
afterEach(() => {
  global.fetch = realFetch;
  navigate.mockClear();
});

const projectAction = { label: '发布项目进展', page: '/staff/edit/index?kind=projectUpdate&projectId=x1' };
const view: DemandView = {
  checkedAt: '2026-10-09T02:00:00.000Z', truncated: 2, readCounts: false, scanned: { searches: 120, cases: 35 },
  rows: [
    { key: 'project:x1', title: '溪口大桥改造工程', kind: 'project', itemId: 'x1', township: '溪口镇', score: 8.2, search: null, action: projectAction,
      item: { cases: { complaint: 1, question: 1 }, casesTotal: 2, helpful: 0, unhelpful: 0, followers: 1, stale: { state: 'overdue', overdueDays: 6, duty: '在建项目每月至少发布一次进展' } } },
    { key: 'search:残疾人乘车卡', title: '残疾人乘车卡怎么办', kind: null, itemId: null, township: null, score: 3.5, item: null, search: { unanswered: 3, weak: 1, opened: 0 },
      action: { label: '写问答', page: '/staff/edit/index?kind=qa&question=%E6%AE%8B' } },
  ],
  townships: [{ township: '溪口镇', cases: { complaint: 1, question: 1 }, casesTotal: 2, items: 1, top: { title: '溪口大桥改造工程', action: projectAction } }],
};

const serve = (data: DemandView): void => {
  global.fetch = jest.fn(async () => ({ json: async () => ({ ok: true, data }) }) as Response) as typeof fetch;
};

describe('群众关心什么', () => {
  it('says why each row is listed, how stale it is, and opens where to act', async () => {
    serve(view);
    render(<DemandList />);
    expect(await screen.findByText('近 90 天 2 件提问（投诉 1、咨询 1），1 人关注')).toBeInTheDocument();
    expect(screen.getByText('在建项目每月至少发布一次进展：已超期 6 个工作日')).toBeInTheDocument();
    expect(screen.getByText('近 4 周 3 次没搜到答案，1 次只搜到勉强相关的内容')).toBeInTheDocument();
    expect(screen.getByText(/没有阅读量记录/)).toBeInTheDocument();
    expect(screen.getByText('另有 2 项未列出')).toBeInTheDocument();
    fireEvent.click(screen.getByText('写问答'));
    expect(navigate).toHaveBeenLastCalledWith({ url: '/staff/edit/index?kind=qa&question=%E6%AE%8B' });
    expect(screen.getByText('溪口镇：2 件（投诉 1、咨询 1），涉及 1 项')).toBeInTheDocument();
    fireEvent.click(screen.getAllByText('发布项目进展')[1] as HTMLElement);
    expect(navigate).toHaveBeenLastCalledWith({ url: projectAction.page });
  });

  it('says when nothing has been computed yet', async () => {
    serve({ ...view, checkedAt: null, rows: [], townships: [] });
    render(<DemandList />);
    expect(await screen.findByText('还没有统计过：定时任务每小时统计一次，请稍后再看')).toBeInTheDocument();
  });
});
