import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import './app.css';

if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV, traceUser: true });
}

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
