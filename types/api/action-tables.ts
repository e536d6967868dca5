// Every deployed function's action table, for what walks them all (the fuzz and concurrency suites).
import type { Api } from './index';
import { publicApi } from './public';
import { searchApi } from './search';
import { staffApi } from './staff';

export const ACTION_TABLES: { [F in keyof Api]: Api[F] } = { public: publicApi, staff: staffApi, search: searchApi };
