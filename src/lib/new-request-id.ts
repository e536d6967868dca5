/** A client-made id for a write (a draft, a question, a rating …), so a retry after a lost answer lands once. */
export function newRequestId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
