// A sideways-scrolling area on the web must take keyboard focus, or keyboard users cannot scroll it
// (Taro's H5 buttons inside are not focusable themselves). Spread onto a ScrollView; nothing on weapp.
export const FOCUSABLE_SCROLL: { tabIndex?: number } = process.env.TARO_ENV === 'h5' ? { tabIndex: 0 } : {};
