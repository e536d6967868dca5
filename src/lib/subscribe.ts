// WeChat's subscribe dialog. It must be opened straight from a tap, with at most 3 templates of one
// kind (one-time or long-term). Outside WeChat (H5) there is no dialog: null.
import Taro from '@tarojs/taro';
import type { TemplateChoice } from '#types/api/notice-views';
import type { TemplateKey } from '#types/models/notice';

export type SubscribeResult = 'accept' | 'reject' | 'ban' | 'filter';
export interface SubscribeAnswer {
  key: TemplateKey;
  result: SubscribeResult;
}

export const canSubscribe = (): boolean => process.env.TARO_ENV === 'weapp';

export async function requestSubscribe(templates: TemplateChoice[]): Promise<SubscribeAnswer[] | null> {
  if (!canSubscribe() || !templates.length) return null;
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: templates.map((t) => t.id), entityIds: [] })) as unknown as Record<string, string>;
    return templates.map((t) => ({ key: t.key, result: (['accept', 'reject', 'ban', 'filter'].includes(res[t.id] ?? '') ? res[t.id] : 'reject') as SubscribeResult }));
  } catch {
    // Closed, or the person switched all subscriptions off in WeChat's settings.
    return templates.map((t) => ({ key: t.key, result: 'reject' }));
  }
}
