// The declared indexes (types/models/indexes.ts) as the bodies of WeChat's database index API
// (POST /tcb/updateindex: one collection, indexes to create, indexes to drop), one request per index so
// that one already in place does not stop the others.
import type { IndexSpec } from '#types/models/indexes';

export interface UpdateIndexBody {
  env: string;
  collection_name: string;
  create_indexes: { name: string; unique: boolean; keys: { name: string; direction: '1' | '-1' }[] }[];
  drop_indexes: { name: string }[];
}

export function indexRequests(env: string, indexes: Readonly<Record<string, readonly IndexSpec[]>>): UpdateIndexBody[] {
  return Object.entries(indexes).flatMap(([collection, specs]) =>
    specs.map((spec) => ({
      env,
      collection_name: collection,
      create_indexes: [{ name: spec.name, unique: spec.unique === true, keys: spec.keys.map(([name, dir]) => ({ name, direction: dir === 1 ? '1' : '-1' })) }],
      drop_indexes: [],
    })),
  );
}

/** The API's answer to an index that is already there is not an error for a script that may run twice. */
export const alreadyThere = (errmsg: string): boolean => /exist|duplicate|already|已存在/i.test(errmsg);
