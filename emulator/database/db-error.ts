// Errors answered the way the real service answers them: `{ code, message }` with a code the SDK knows.
export class DbError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const collectionMissing = (name: string): DbError =>
  new DbError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${name}`);

export const invalidParam = (message: string): DbError => new DbError('INVALID_PARAM', message);
