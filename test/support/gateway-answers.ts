// The local gateway answering each action as the functions would, for web tests of pages that call the
// cloud: records what was asked; an action with no answer gets NOT_FOUND.
export function gatewayAnswers(answers: Record<string, unknown>): { action: string; payload: unknown }[] {
  const asked: { action: string; payload: unknown }[] = [];
  global.fetch = jest.fn(async (_url: unknown, init?: RequestInit) => {
    const { action, payload } = JSON.parse(String(init?.body)) as { action: string; payload: unknown };
    asked.push({ action, payload });
    return { json: async () => answers[action] ?? { ok: false, code: 'NOT_FOUND', message: '没有这个功能' } } as Response;
  }) as typeof fetch;
  return asked;
}
