// wx-server-sdk in this process, pointed at a local cloud by the environment it names.
// Its typings describe little of what scripts and tests call, so they use it loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Sdk = any;

export function localSdk(sdkEnv: Record<string, string>): Sdk {
  Object.assign(process.env, sdkEnv);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as Sdk;
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
  return cloud;
}
