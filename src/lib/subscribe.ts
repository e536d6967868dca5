// WeChat's subscribe dialog. It must be opened straight from a tap, with at most 3 templates of one
// kind (one-time or long-term). Outside WeChat (H5) there is no dialog: null.
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { TemplateChoice } from '#types/api/notice-views';
import type { TemplateKey } from '#types/models/notice';
import { call } from './cloud';

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

/**
 * A one-time reminder (项目进展, 答复提醒) asked on the same tap as the action it belongs to. The
 * template id is fetched beforehand, because WeChat only opens the dialog straight from a tap.
 */
export function useOneTimeReminder(key: TemplateKey): { ask(): Promise<SubscribeAnswer[] | null>; record(answers: SubscribeAnswer[] | null): Promise<void> } {
  const [template, setTemplate] = useState<TemplateChoice | null>(null);
  useEffect(() => {
    if (!canSubscribe()) return;
    void call('public', 'getNoticePrefs', {}, { retry: true }).then((res) => res.ok && setTemplate(res.data.templates.find((t) => t.key === key) ?? null));
  }, [key]);
  return {
    ask: () => (template ? requestSubscribe([template]) : Promise.resolve(null)),
    record: async (answers) => {
      if (answers) await call('public', 'recordConsents', { results: answers });
    },
  };
}
