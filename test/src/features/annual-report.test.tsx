import { act, fireEvent, render, screen } from '@testing-library/react';
import type { AnnualReportDraftView, AnnualReportView } from '#types/api/annual-report';
import { APPLICATION_COLUMNS, APPLICATION_ROWS, type ReportFigures } from '#types/models/annual-report';
import { ReportEditor, RevisionPreview } from '@/features/annual-report';
import { ReportReader } from '@/features/annual-report/reader';

const realFetch = global.fetch;
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});
afterEach(() => {
  global.fetch = realFetch;
});

function figures(): ReportFigures {
  const applications = Object.fromEntries(APPLICATION_ROWS.map((r) => [r, Object.fromEntries(APPLICATION_COLUMNS.map((c) => [c, 0]))]));
  Object.assign(applications.received as object, { person: 3, business: 1, total: 4 });
  Object.assign(applications.carriedOut as object, { person: 1, total: 1 });
  return { active: { rule: { issued: 0, repealed: 0, inForce: 0 }, normative: { issued: 2, repealed: 0, inForce: 5 }, licences: 7, penalties: 1 }, applications } as ReportFigures;
}

/** Answers each action from `answers`, recording the payloads sent. */
function serve(answers: Record<string, unknown>): { action: string; payload: Record<string, unknown> }[] {
  const sent: { action: string; payload: Record<string, unknown> }[] = [];
  global.fetch = jest.fn(async (_url: unknown, init?: { body?: string }) => {
    const body = JSON.parse(init?.body ?? '{}') as { action?: string; payload?: Record<string, unknown>; data?: { action?: string; payload?: Record<string, unknown> } };
    const action = body.action ?? body.data?.action ?? '';
    sent.push({ action, payload: body.payload ?? body.data?.payload ?? {} });
    return { json: async () => ({ ok: true, data: answers[action] ?? null }) } as Response;
  }) as typeof fetch;
  return sent;
}
const settle = (): Promise<void> => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

describe('政府信息公开工作年度报告', () => {
  it('shows citizens the published report with its tables', async () => {
    const report: AnnualReportView = {
      id: 'annualReport-x', year: 2026, version: 1, publishedAt: '2027-01-20T02:00:00.000Z', overview: '2026 年，本局依法公开政府信息。', problems: '更新还不够及时。', other: '本年度未收取信息处理费。',
      enforcement: { value: 4, source: '执法台账' }, fees: { value: 12.5, source: '非税收入系统' },
      review: { reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 1 }, direct: { upheld: 0, corrected: 0, other: 0, pending: 0 }, afterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0 } },
      figures: figures(),
    };
    serve({ listAnnualReports: { items: [{ year: 2026, id: report.id, publishedAt: report.publishedAt }] }, getAnnualReport: report });
    render(<ReportReader />);
    await settle();
    await settle();
    expect(screen.getByText('2026 年政府信息公开工作年度报告')).toBeTruthy();
    expect(screen.getByText('本年新收政府信息公开申请数量')).toBeTruthy();
    expect(screen.getByText('12.50')).toBeTruthy();
    expect(screen.getByText('本年度未收取信息处理费。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /查看记录/ })).toBeNull();
  });

  it('lets staff tap a figure for its records and classify what the report cannot place before submitting', async () => {
    const draft: AnnualReportDraftView = {
      year: 2026, figures: figures(), dueOn: '2027-01-31', published: null,
      offered: { overview: ['办结的 7 件申请中，6 件在法定期限内答复（86%）。'], problems: ['1 件政府信息公开申请超过法定期限答复。'] },
      notes: ['截至 2026 年 12 月 31 日仍在办理的 1 件申请计入“结转下年度继续办理”，办理结果计入 2027 年度报告。'],
      unplaced: [{ id: 'case-old', kind: 'application', label: '20260203-ABC234 请公开养护资金', problems: ['答复决定没有对应的全国统计分类（旧记录）'] }],
    };
    const sent = serve({ draftAnnualReport: draft, listReportRecords: { items: [{ id: 'c1', label: '20260302-AAA111 请公开招标文件' }], total: 4 }, classifyDisclosure: null });
    render(<ReportEditor />);
    await settle();
    expect(screen.getByText(draft.notes[0] as string)).toBeTruthy();
    expect(screen.getByText('1 件政府信息公开申请超过法定期限答复。')).toBeTruthy();
    expect((screen.getByText('提交审核').closest('button') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: '本年新收政府信息公开申请数量（总计）：4，查看记录' }));
    await settle();
    expect(sent.find((s) => s.action === 'listReportRecords')?.payload).toMatchObject({ cell: 'applications.received.total' });
    expect(screen.getByText('20260302-AAA111 请公开招标文件')).toBeTruthy();

    fireEvent.click(screen.getByText('不予公开'));
    fireEvent.click(screen.getByText('属于国家秘密'));
    fireEvent.click(screen.getByText('按档案归类'));
    await settle();
    expect(sent.find((s) => s.action === 'classifyDisclosure')?.payload).toEqual({ id: 'case-old', decision: 'refused', reason: 'state_secret' });
  });

  it('shows the reviewer a revision in full', async () => {
    const content = {
      year: 2026, overview: '本局依法公开政府信息。', problems: '更新还不够及时。', other: '无。', enforcement: { value: 0, source: '台账' }, fees: { value: 0, source: '系统' },
      review: { reconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0 }, direct: { upheld: 0, corrected: 0, other: 0, pending: 0 }, afterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0 } },
      figures: figures(),
    };
    serve({ getRevision: { id: 'r1', kind: 'annualReport', targetId: 'annualReport-x', status: 'in_review', content, confidentiality: null } });
    render(<RevisionPreview revisionId="r1" />);
    await settle();
    expect(screen.getByText('本局依法公开政府信息。')).toBeTruthy();
    expect(screen.getByText('三、收到和处理政府信息公开申请情况')).toBeTruthy();
    expect(screen.getByText('导出这份修订（Word）')).toBeTruthy();
  });
});
