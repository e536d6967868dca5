import type { SearchEntry } from '#types/models/search';
import { SearchIndex } from '../../cloudfunctions/_shared/search/search-index';
import { normalize, tokenize } from '../../cloudfunctions/_shared/search/tokenize';

const entry = (refId: string, title: string, text: string): [string, SearchEntry] => [`qa:${refId}`, { kind: 'qa', refId, title, text, path: `/pages/qa/index?id=${refId}` }];

const index = new SearchIndex(
  new Map([
    entry('ride', '开网约车需要办哪些证？', '平台有经营许可证，车辆有运输证，司机有驾驶员证。'),
    entry('overload', '货车装多少算超限？', '车货总高超过4米或总重超过限值就是超限运输。'),
    entry('bus', '老人坐公交免费吗？', '65周岁以上老人凭敬老卡乘坐城乡公交免费。'),
    entry('g235', 'G235改造期间怎么走？', '夜间半幅通行，可绕行县道X012。'),
  ]),
  [['网约车', '滴滴'], ['超载', '超限']],
);
const top = (q: string): string | undefined => index.search(q, 3)[0]?.entry.refId;

describe('Chinese-aware tokens', () => {
  it('normalises full-width characters, case and punctuation', () => {
    expect(normalize('Ｇ２３５，改造！')).toBe('g235 改造 ');
  });

  it('makes bigrams inside Chinese runs and keeps Latin/digit runs whole', () => {
    expect(tokenize('G235改造期间')).toEqual(['g235', '改造', '造期', '期间']);
  });
});

describe('ranking', () => {
  it('finds answers by everyday synonyms of official words', () => {
    expect(top('跑滴滴要什么证')).toBe('ride');
    expect(top('超载怎么算')).toBe('overload');
  });

  it('tolerates a wrong character', () => {
    expect(top('老人做公交免废吗')).toBe('bus');
  });

  it('matches road numbers as whole words', () => {
    expect(top('g235 怎么绕')).toBe('g235');
  });

  it('returns nothing for a query with nothing in common', () => {
    expect(index.search('火星基地', 3)).toEqual([]);
  });

  it('finds by keywords but quotes only the readable text', () => {
    const project: SearchEntry = { kind: 'project', refId: 'bridge', title: '清溪大桥危桥改造工程', text: '拆除重建危桥，期间走临时便桥。', keywords: '桥梁 城关镇 X012 线 K3+200 江南路桥建设有限公司 下部结构 上部结构', path: '/pages/project/index?id=bridge' };
    const withProject = new SearchIndex(new Map([['project:bridge', project]]), []);
    const [hit] = withProject.search('江南路桥', 1);
    expect(hit?.entry.refId).toBe('bridge');
    expect(hit?.snippet).toBe('拆除重建危桥，期间走临时便桥。');
    expect(hit?.highlights).toEqual([]);
  });

  it('marks exactly the matched words in the snippet', () => {
    const [hit] = index.search('敬老卡', 1);
    expect(hit?.highlights.map(([s, e]) => hit.snippet.slice(s, e))).toEqual(['敬老卡']);
  });
});
