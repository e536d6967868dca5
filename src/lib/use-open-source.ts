// A page opened through an SMS link (its `src` names the link and the area it was sent to) counts one open
// for that area, once per app session: counts only, nobody's identity.
import { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { SOURCE_PATTERN } from '#types/models/reach';
import { call } from './cloud';

const counted = new Set<string>();

export function useOpenSource(): void {
  const src = useRouter().params.src;
  useEffect(() => {
    if (!src || counted.has(src) || !SOURCE_PATTERN.test(src)) return;
    counted.add(src);
    void call('public', 'recordOpen', { src });
  }, [src]);
}
