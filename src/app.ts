import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { offerRetryOnChunkFailure } from './lib/chunk-retry';
import { registerServiceWorker } from './lib/service-worker';
import './app.css';

if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV, traceUser: true });
}
if (process.env.TARO_ENV === 'h5') {
  offerRetryOnChunkFailure();
  if (process.env.NODE_ENV === 'production') registerServiceWorker();
}

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
