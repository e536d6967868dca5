import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import type { SearchResult, SearchResultHit } from '#types/api/search-views';
import { SearchPanel } from '@/features/search';

const realFetch = global.fetch;
const navigate = jest.spyOn(Taro, 'navigateTo');
beforeAll(() => {
  process.env.TARO_ENV = 'h5';
});
afterEach(() => {
  global.fetch = realFetch;
  navigate.mockClear();
});

const hit = (overrides: Partial<SearchResultHit>): SearchResultHit => ({ kind: 'qa', refId: 'qa-1', title: '从业资格证丢了怎么补办？', snippet: '带身份证到窗口补办。', highlights: [], path: '/pages/qa/index?id=qa-1', weak: false, label: null, guide: null, ...overrides });
/** Answers the search with `result`, and records every action the page calls. */
function serve(result: Omit<SearchResult, 'logId'>): string[] {
  const actions: string[] = [];
  global.fetch = jest.fn(async (_url: unknown, init?: { body?: string }) => {
    const body = JSON.parse(init?.body ?? '{}') as { action?: string; data?: { action?: string } };
    actions.push(body.action ?? body.data?.action ?? '');
    return { json: async () => ({ ok: true, data: { ...result, logId: 'log-1', marked: true } }) } as Response;
  }) as typeof fetch;
  return actions;
}

describe('the search page', () => {
  it('puts 我要提问, with the question filled in, before weak hits when nothing answers', async () => {
    serve({ answered: false, definition: null, hits: [hit({ weak: true })] });
    render(<SearchPanel initialQuery="身份证丢了怎么补办" />);
    const ask = await screen.findByText('我要提问');
    const weak = screen.getByText('从业资格证丢了怎么补办？');
    expect(ask.compareDocumentPosition(weak) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getAllByText('可能相关').length).toBeGreaterThan(0);
    fireEvent.click(ask);
    expect(navigate).toHaveBeenCalledWith({ url: expect.stringMatching(/\/ask\/index\?q=%E8%BA%AB%E4%BB%BD%E8%AF%81/) });
  });

  it('shows answers first when something answers, the definition card above them, and the guide a Q&A names', async () => {
    const actions = serve({
      answered: true,
      definition: { refId: 't-1', term: '敬老卡', plain: '65周岁以上老人免费乘车。', path: '/pages/glossary/index?id=t-1' },
      hits: [hit({ refId: 'qa-2', title: '敬老卡怎么办？', guide: { title: '老年人乘公交优惠卡办理', path: '/more/service/index?id=s-1' } })],
    });
    render(<SearchPanel initialQuery="敬老卡怎么办" />);
    const card = await screen.findByText('65周岁以上老人免费乘车。');
    const answer = screen.getByText('敬老卡怎么办？');
    expect(card.compareDocumentPosition(answer) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByText('我要提问')).toBeNull();
    expect(screen.queryByText('可能相关')).toBeNull();
    fireEvent.click(screen.getByText('去办理：老年人乘公交优惠卡办理'));
    expect(navigate).toHaveBeenCalledWith({ url: '/more/service/index?id=s-1' });
    expect(actions).toContain('markSearchOpened');
  });
});
