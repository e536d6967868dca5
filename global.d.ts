/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    TARO_ENV: 'weapp' | 'h5';
    /** The WeChat Cloud environment id the weapp build calls (from .env). */
    TARO_APP_CLOUD_ENV?: string;
    /** Where the H5 build posts /api calls; empty means the same origin (the local gateway). */
    TARO_APP_API_BASE?: string;
    /** "on" declares WeChat's 同声传译 plugin for 朗读 in app.json (only once the mini-program has added it). */
    TARO_APP_WECHAT_SI?: string;
  }
}
