// Every deployed function the client may call, by name.
import type { PublicApi } from './public';
import type { SearchApi } from './search';
import type { StaffApi } from './staff';

export interface Api {
  public: PublicApi;
  staff: StaffApi;
  search: SearchApi;
}

export type FunctionName = keyof Api;
