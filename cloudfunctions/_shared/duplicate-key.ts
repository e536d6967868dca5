// The database's answer when a write would break a unique index (types/models/indexes.ts): the same
// E11000 error the production database returns, recognised so an action can say what clashed.
export function isDuplicateKey(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String((error as { errMsg?: unknown })?.errMsg ?? error);
  return /E11000|duplicate key/i.test(message);
}
