// The guide page's measured handling times, the item code in the guide editor, and the work summary page:
// the drafted sections shown before anything is saved, a save sent over the version read.
import * as v from 'valibot';
import { fireEvent, render, screen } from '@testing-library/react';
import { serviceInput } from '#types/api/content-input';
import type { PeriodFigures, WorkSummaryView } from '#types/api/work-summary-views';
import { HandlingTimesNote } from '@/features/services/components/handling-times-note';
import { serviceContent, serviceForm } from '@/features/staff-content/service-form';
import { WorkSummaryEditor } from '@/features/staff-summary/work-summary-editor';
import { gatewayAnswers } from '../../support/gateway-answers';

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});

const window = (over: Record<string, unknown> = {}) => ({ from: '2025-12-11', to: '2026-06-10', completed: 4, medianDays: 3.5, meanDays: 3.3, withinPromisedShare: 0.75, ...over });

describe('a guide’s measured handling times', () => {
  it('are said in plain words under the promised limit', async () => {
    gatewayAnswers({ getServiceTimes: { ok: true, data: { itemCode: '330100000001', promisedDays: 5, current: window(), previous: window({ meanDays: 7 }), meanChange: -0.529 } } });
    render(<HandlingTimesNote id="g1" />);
    expect(await screen.findByText('实际办理：近半年平均 3.3 个工作日办结，承诺 5 个')).toBeInTheDocument();
    expect(screen.getByText('共办结 4 件，一半在 3.5 个工作日内办结，75% 在承诺时限内办结，平均用时比前半年缩短 52.9%。')).toBeInTheDocument();
  });

  it('add nothing to the page when the guide has no item code', async () => {
    const asked = gatewayAnswers({ getServiceTimes: { ok: true, data: null } });
    const { container } = render(<HandlingTimesNote id="g2" />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toEqual([{ action: 'getServiceTimes', payload: { id: 'g2' } }]);
    expect(container.textContent).toBe('');
  });
});

describe('the item code in the guide editor', () => {
  it('is kept through a save and a reload, upper-cased by the shared schema; empty means none', () => {
    const form = (name: string): string => ({ name: '道路货物运输经营许可', kind: 'licensing', summary: '跑货运先办证。', itemCode: ' 11330000md0a1234x ' })[name] ?? '';
    const content = serviceContent(form) as Record<string, unknown>;
    expect(v.parse(serviceInput, content).itemCode).toBe('11330000MD0A1234X');
    expect(serviceForm({ ...content, itemCode: '11330000MD0A1234X' }, (x) => (x == null ? '' : String(x))).itemCode).toBe('11330000MD0A1234X');
    expect(v.parse(serviceInput, { ...content, itemCode: '' }).itemCode).toBe('');
    expect(v.safeParse(serviceInput, { ...content, itemCode: '事项一' }).success).toBe(false);
  });
});

describe('the work summary page', () => {
  const none = { total: 0, replied: 0, medianReplyDays: null, onTimeShare: null };
  const period = (from: string, to: string): PeriodFigures => ({
    range: { from, to }, asOf: to,
    published: { byKind: { policy: 2, project: 0, service: 0, budget: 0, notice: 1, consultation: 0, proposal: 0 }, projectUpdates: 3, decisions: 1 },
    projects: { underConstruction: 1, monthsDue: 5, monthsUpdated: 2, onTimeShare: 0.4, stale: [] },
    cases: { all: none, byChannel: { app: none, hotline: none, letter: none, email: none, visit: none } },
    consultations: { closed: 0, comments: 0, adopted: 0, partly: 0, notAdopted: 0, undecided: 0 },
    notices: { subscribers: null, sends: 0, delivered: 0 },
    reach: { linkSets: 0, opens: 0, posters: 0, scans: 0, posted: 0, broadcast: 0 },
    handling: { guides: [], all: window({ completed: 0, medianDays: null, meanDays: null, withinPromisedShare: null }), unlinked: [] },
  });
  const drafted = { content: '1. 主动公开：发布和更新政策 2 条', results: '1. 发布和更新信息 3 条', problems: '1. 项目进展', measures: '1. 督促' };
  const view: WorkSummaryView = {
    id: '2026-h1', year: 2026, half: 1, status: null, sections: drafted, drafted, version: 0, authors: [], updatedAt: null, reviewedBy: null, reviewNote: '',
    figures: { year: 2026, half: 1, current: period('2026-01-01', '2026-06-30'), previous: period('2025-07-01', '2025-12-31') },
  };

  it('shows the draft from the figures with the figures beside it, and saves over the version read', async () => {
    const asked = gatewayAnswers({ getWorkSummary: { ok: true, data: view }, saveWorkSummary: { ok: true, data: { ...view, status: 'draft', version: 1 } } });
    render(<WorkSummaryEditor canEdit canReview={false} />);
    expect(await screen.findByText(/工作总结 · 尚未保存/)).toBeInTheDocument();
    expect(screen.getByText('主要内容')).toBeInTheDocument();
    expect(screen.getByDisplayValue('1. 主动公开：发布和更新政策 2 条')).toBeInTheDocument();
    expect(screen.getAllByText('项目进展：3 条；在建项目按月更新 40%（2/5）')).toHaveLength(2);
    expect(screen.getByText('2025年下半年')).toBeInTheDocument();
    fireEvent.click(screen.getByText('保存'));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    const save = asked.find((a) => a.action === 'saveWorkSummary');
    expect(save?.payload).toMatchObject({ version: 0, sections: drafted });
    expect(screen.queryByText('审核通过')).toBeNull();
  });
});
