import Taro from '@tarojs/taro';
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { ElderSwitch, useElderMode } from '@/features/display';
import { useDisplayStore } from '@/features/display/stores/display-store';

beforeEach(() => {
  window.localStorage.clear();
  act(() => useDisplayStore.setState({ elderChoice: null }));
});

describe('elder mode', () => {
  it('follows WeChat’s large system font until the person chooses', () => {
    window.localStorage.setItem('__fontSizeSetting', '22');
    expect(renderHook(() => useElderMode()).result.current).toBe(true);
    act(() => useDisplayStore.getState().setElder(false));
    expect(renderHook(() => useElderMode()).result.current).toBe(false);
  });

  it('reads WeChat’s font size from getSystemInfoSync where getAppBaseInfo does not give it', () => {
    const taro = Taro as unknown as Record<string, unknown>;
    const getAppBaseInfo = taro.getAppBaseInfo;
    taro.getAppBaseInfo = () => ({});
    taro.getSystemInfoSync = () => ({ fontSizeSetting: 22 });
    try {
      expect(renderHook(() => useElderMode()).result.current).toBe(true);
      taro.getSystemInfoSync = () => ({ fontSizeSetting: 17 });
      expect(renderHook(() => useElderMode()).result.current).toBe(false);
    } finally {
      taro.getAppBaseInfo = getAppBaseInfo;
      delete taro.getSystemInfoSync;
    }
  });

  it('is off by default at the normal font size, and the switch turns it on and remembers it', () => {
    render(<ElderSwitch />);
    expect(screen.getByRole('switch')).toHaveAttribute('aria-checked', 'false');
    fireEvent.click(screen.getByRole('switch'));
    expect(screen.getByRole('switch')).toHaveAttribute('aria-checked', 'true');
    expect(JSON.parse(window.localStorage.getItem('display-preferences') ?? '{}')).toMatchObject({ state: { elderChoice: true } });
  });
});
