// A page opened through something the bureau put out counts one open for it, once per app session: an SMS
// link (its `src` names the link and the area it was sent to) or a poster's code (the poster page passes
// `poster.<id>`). Counts only, nobody's identity.
import { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { OPEN_SOURCE_PATTERN } from '#types/models/reach';
import { call } from './cloud';

const counted = new Set<string>();

/** `source` when the page knows it (a poster's scene); else the `src` the page was opened with. */
export function useOpenSource(source?: string): void {
  const fromLink = useRouter().params.src;
  const src = source ?? fromLink;
  useEffect(() => {
    if (!src || counted.has(src) || !OPEN_SOURCE_PATTERN.test(src)) return;
    counted.add(src);
    void call('public', 'recordOpen', { src });
  }, [src]);
}
