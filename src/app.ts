import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { offerRetryOnChunkFailure } from './lib/chunk-retry';
import './app.css';

if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV, traceUser: true });
}
if (process.env.TARO_ENV === 'h5') offerRetryOnChunkFailure();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
