import { fireEvent, render, screen } from '@testing-library/react';
import { BudgetImport } from '@/features/budgets';

const realFetch = global.fetch;
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});
afterEach(() => {
  global.fetch = realFetch;
});

/** Answers recordBudgetApproval with `answer`, anything else with an empty list; records the payloads sent. */
function serve(answer: unknown): Record<string, unknown>[] {
  const sent: Record<string, unknown>[] = [];
  global.fetch = jest.fn(async (_url: unknown, init?: { body?: string }) => {
    const body = JSON.parse(init?.body ?? '{}') as { action?: string; payload?: Record<string, unknown> };
    if (body.action === 'recordBudgetApproval') {
      sent.push(body.payload ?? {});
      return { json: async () => answer } as Response;
    }
    return { json: async () => ({ ok: true, data: { items: [] } }) } as Response;
  }) as typeof fetch;
  return sent;
}

const typeIn = (input: Element, value: string): void => {
  fireEvent.input(input, { target: { value } });
};
const approvalDay = (): Element => screen.getByPlaceholderText('如 2026-03-10');

describe('导入预决算: the approval day', () => {
  it('records the finance bureau’s approval day alone, before the file is ready, and says the clock runs', async () => {
    const sent = serve({ ok: true, data: { id: '2026-budget', approvedOn: '2026-03-10' } });
    // The year is the form's first field.
    const { container } = render(<BudgetImport isAdmin={false} />);
    typeIn(container.querySelectorAll('input')[0] as Element, '2026');
    typeIn(approvalDay(), '2026-03-10');
    fireEvent.click(screen.getByText('只登记批复日期'));
    expect(await screen.findByText(/已登记 2026 年预算的批复日期 2026-03-10：须在 20 日内公开/)).toBeInTheDocument();
    expect(sent).toEqual([{ year: 2026, type: 'budget', approvedOn: '2026-03-10' }]);
  });

  it('shows the server’s refusal in its words', async () => {
    serve({ ok: false, code: 'INVALID_ARGUMENT', message: '批复日期不能晚于今天' });
    render(<BudgetImport isAdmin={false} />);
    typeIn(approvalDay(), '2099-01-01');
    fireEvent.click(screen.getByText('只登记批复日期'));
    expect(await screen.findByText('批复日期不能晚于今天')).toBeInTheDocument();
  });
});
