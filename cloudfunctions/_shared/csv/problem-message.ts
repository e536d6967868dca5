// A file's problems as one message people read (at most 200 characters): with more than one, first every
// line that has one ("3 处问题，在第 2、5、9 行"), then as many of the reasons as fit, in order, so each line
// to fix is named even when not every reason can be spelled out.
const MAX_MESSAGE = 200;
const MAX_LINES_NAMED = 12;

const lineOf = (problem: string): string | null => /^第 (\d+) 行/.exec(problem)?.[1] ?? null;

export function problemMessage(problems: string[]): string {
  const cut = (text: string): string => (text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text);
  if (problems.length <= 1) return cut(problems[0] ?? '');
  const lines = [...new Set(problems.map(lineOf).filter((l): l is string => l !== null))];
  const named = lines.length ? `，在第 ${lines.slice(0, MAX_LINES_NAMED).join('、')}${lines.length > MAX_LINES_NAMED ? ' 等' : ''} 行` : '';
  let message = `${problems.length} 处问题${named}`;
  for (const problem of problems) {
    const next = `${message}；${problem}`;
    if (next.length > MAX_MESSAGE) return message.length + 2 <= MAX_MESSAGE ? `${message}；…` : message;
    message = next;
  }
  return message;
}
