// Every deployed function the client may call, by name.
import type { PublicApi } from './public';
import type { StaffApi } from './staff';

export interface Api {
  public: PublicApi;
  staff: StaffApi;
}

export type FunctionName = keyof Api;
