import { act, fireEvent, render, screen } from '@testing-library/react';
import { DecisionImport } from '@/features/dual-publicity/staff';

const realFetch = global.fetch;
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});
afterEach(() => {
  global.fetch = realFetch;
});

/** Records each import's payload; answers it as the function would (refused without a 保密审查). */
function serve(): Record<string, unknown>[] {
  const imports: Record<string, unknown>[] = [];
  global.fetch = jest.fn(async (_url: unknown, init?: { body?: string }) => {
    const body = JSON.parse(init?.body ?? '{}') as { action?: string; payload?: Record<string, unknown>; data?: { action?: string; payload?: Record<string, unknown> } };
    const action = body.action ?? body.data?.action;
    const payload = body.payload ?? body.data?.payload ?? {};
    if (action === 'importDecisions') {
      imports.push(payload);
      const data = payload.confidentiality ? { ok: true, data: { kind: 'penalty', rows: 4, created: 4, updated: 0, late: 3, encoding: null } } : { ok: false, code: 'INVALID_ARGUMENT', message: '发布前须完成保密审查：请填写审查依据并选择审查结论' };
      return { json: async () => data } as Response;
    }
    return { json: async () => ({ ok: true, data: { items: [], nextCursor: null, total: 0, lateCount: 0 } }) } as Response;
  }) as typeof fetch;
  return imports;
}

describe('the 双公示 import page', () => {
  it('sends the 保密审查 with the file, and says what was published and how many were late', async () => {
    const imports = serve();
    render(<DecisionImport isAdmin={false} />);
    const csv = document.querySelectorAll('textarea')[0] as HTMLTextAreaElement;
    fireEvent.input(csv, { target: { value: 'party_name,party_type\n张三,自然人' } });
    fireEvent.click(screen.getByRole('button', { name: '检查并公示' }));
    expect(await screen.findByText('发布前须完成保密审查：请填写审查依据并选择审查结论')).toBeInTheDocument();
    expect(imports.at(-1)).toEqual({ kind: 'penalty', csv: 'party_name,party_type\n张三,自然人' });
    fireEvent.input(screen.getByPlaceholderText(/^如：依据《保密法》/), { target: { value: '依据《保密法》经审查不涉密' } });
    fireEvent.click(screen.getByRole('button', { name: '涉密或敏感内容已删除，可以公开' }));
    fireEvent.click(screen.getByRole('button', { name: '检查并公示' }));
    expect(await screen.findByText('已公示行政处罚 4 条（新增 4，更新 0），其中 3 条超过 7 个工作日才公示')).toBeInTheDocument();
    expect(imports.at(-1)).toMatchObject({ confidentiality: { basis: '依据《保密法》经审查不涉密', result: 'redacted' } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  });
});
