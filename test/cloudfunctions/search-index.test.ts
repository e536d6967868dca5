import type { SearchEntry } from '#types/models/search';
import { SearchIndex } from '../../cloudfunctions/_shared/search/search-index';
import { normalize, tokenize } from '../../cloudfunctions/_shared/search/tokenize';
import { answerSearch, bestSupport, NO_ANSWER_SUPPORT, skipInRanking, TEXT_MATCH_SHARE } from '../../cloudfunctions/_shared/search/search-answer';
import { SYNONYM_GROUPS } from '../../cloudfunctions/_shared/search/synonyms';
import { soundOf } from '../../cloudfunctions/_shared/search/pinyin-key';
import { calibrate, calibrateShare } from '../../bench/search-calibrate';
import { rateInProcess } from '../../bench/search-eval';
import { demoIndex } from '../../bench/search-demo-index';
import { BENCH_QUERIES, relevance } from '../../bench/search-metrics';

const NOW = new Date('2026-11-30T02:00:00Z');
const qa = (refId: string, title: string, text: string, extra: Partial<SearchEntry> = {}): [string, SearchEntry] => [`qa:${refId}`, { kind: 'qa', refId, title, text, path: `/pages/qa/index?id=${refId}`, ...extra }];
const of = (kind: SearchEntry['kind'], refId: string, title: string, text: string, extra: Partial<SearchEntry> = {}): [string, SearchEntry] => [`${kind}:${refId}`, { kind, refId, title, text, path: `/x?id=${refId}`, ...extra }];

const index = new SearchIndex(
  new Map([
    qa('ride', '开网约车需要办哪些证？', '平台有经营许可证，车辆有运输证，司机有驾驶员证。'),
    qa('driver', '考网约车驾驶员证有什么条件？', '有3年以上驾驶经历，考试合格后发证。'),
    qa('overload', '货车装多少算超限？', '车货总高超过4米或总重超过限值就是超限运输。'),
    qa('bus', '老人坐公交免费吗？', '65周岁以上老人凭敬老卡乘坐城乡公交免费。'),
    qa('g235', 'G235改造期间怎么走？', '夜间半幅通行，可绕行县道X012。'),
    qa('bridge', '限重的桥能不能开过去？', '超过限载标准的车辆不得在桥梁上行驶。'),
    qa('lost', '从业资格证丢了怎么补办？', '带身份证到政务服务窗口申请补办，当场办结。'),
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

  it('folds the sounds people confuse, and keeps distinct ones apart', () => {
    expect(soundOf('驾')).toBe(soundOf('架'));
    expect(soundOf('是')).toBe(soundOf('事'));
    expect(soundOf('知')).toBe(soundOf('资'));
    expect(soundOf('敬')).toBe(soundOf('经'));
    expect(soundOf('驾')).not.toBe(soundOf('车'));
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

  it('finds a key word typed as a homophone', () => {
    expect(top('网约车架驶员证怎么考')).toBe('driver');
    // 经老卡 shares 老卡 with 老卡车 as written; only its sound says 敬老卡.
    const homophone = new SearchIndex(new Map([qa('card', '敬老卡怎么办？', '65周岁以上老人带身份证到乡镇便民服务中心办理，当场办结。'), qa('lorry', '老卡车还能上路吗？', '老卡车要按期检验，老卡车不合格不能上路。')]), []);
    expect(homophone.search('经老卡还能办吗', 2)[0]?.entry.refId).toBe('card');
  });

  it('finds a key word with a look-alike character in it', () => {
    const lookAlike = new SearchIndex(new Map([qa('truck', '营运货车每年要年审吗', '营运货车每年到车管窗口审验一次，带齐证件。'), qa('loan', '贷款买的车辆能年审吗', '贷款车辆可以年审。')]), []);
    expect(lookAlike.search('贷车年审', 2)[0]?.entry.refId).toBe('truck');
  });

  it('does not take two wrong characters in one pair for a match', () => {
    // 加时 sounds like 驾驶 in both characters: too often another word, so it matches nothing.
    expect(index.search('加时', 3)).toEqual([]);
  });

  it('matches a single-character word inside a phrase', () => {
    expect(top('大车能过桥吗')).toBe('bridge');
  });

  it('lets question words weigh little', () => {
    // 多长时间 asks how long; it must not pull in whatever talks about 时间.
    const withTime = new SearchIndex(new Map([qa('time', '驾驶证业务办理时间', '驾驶证业务的办理时间：工作日上午，其余时间不办理。'), qa('licence', '驾驶证丢了怎么补', '驾驶证丢失后到窗口补领，当场办结。'), qa('bus', '公交', '公交票价两元。')]), []);
    expect(withTime.search('驾驶证补领要多长时间', 2)[0]?.entry.refId).toBe('licence');
  });

  it('lets 多少 (how much / how many) weigh nothing either', () => {
    // A question ending in 是多少 shares those characters with every answer that gives a number.
    const numbers = new SearchIndex(new Map([qa('phone', '交通局电话是多少？', '电话 0591-1234567。'), qa('wage', '货车司机工资标准', '货车司机工资由企业与司机约定。')]), []);
    const plan = numbers.plan('货车司机的工资标准是多少');
    const weights = numbers.unitWeights(plan);
    expect(plan.units.filter((u, i) => (u === '多' || u === '少') && weights[i] === 0)).toEqual(['多', '少']);
    expect(numbers.search('货车司机的工资标准是多少', 1)[0]?.entry.refId).toBe('wage');
  });

  it('finds a document through a word most documents contain when a synonym of it is rare', () => {
    // 公路 is in every filler document, so it only scores documents found otherwise; 路法 must still find the law.
    const filler = Array.from({ length: 600 }, (_, i) => qa(`f${i}`, `公路养护通报${i}`, '公路养护和公路巡查。'));
    const wide = new SearchIndex(new Map([...filler, of('policy', 'law', '中华人民共和国公路法', '公路的规划、建设、养护和管理。'), qa('road', '道路怎么走', '沿道路直行。')]), [['马路', '公路', '道路'], ['公路法', '中华人民共和国公路法']]);
    expect(wide.search('公路法', 3)[0]?.entry.refId).toBe('law');
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

  it('keeps no synonym group that expands into words most content uses', () => {
    const common = ['办理', '申请', '许可', '办证', '多长时间', '多久'];
    expect(SYNONYM_GROUPS.filter((group) => group.some((w) => common.includes(w)))).toEqual([]);
  });
});

describe('what no longer applies', () => {
  const policies = new SearchIndex(
    new Map([
      of('policy', 'old', '清溪县农村公路养护管理办法', '村道养护补助每公里1000元。村道养护由村委会负责。', { standing: 'superseded', successorId: 'new' }),
      of('policy', 'new', '清溪县农村公路养护管理办法（2026年修订）', '村道养护补助每公里3000元。'),
      of('policy', 'gone', '村道养护村委会负责规定', '村道养护由村委会负责。', { standing: 'repealed' }),
      of('policy', 'rules', '清溪县农村公路管理规定', '县道由县里养护，村道由村委会负责。'),
      of('notice', 'closed', '村道养护施工封路', '村道养护施工期间封路。', { endsAt: new Date('2026-11-01T00:00:00Z') }),
      of('notice', 'open', '村道养护施工绕行', '村道养护施工期间绕行。', { endsAt: new Date('2026-12-31T00:00:00Z') }),
    ]),
    [],
  );

  it('ranks a superseded policy below its successor and labels it, even where it matches better', () => {
    const result = answerSearch(policies, '清溪县农村公路养护管理办法 村委会', 10, NOW);
    const ids = result.hits.map((h) => h.refId);
    expect(ids.indexOf('old')).toBeGreaterThan(ids.indexOf('new'));
    expect(result.hits.find((h) => h.refId === 'old')?.title).toBe('（已被替代）清溪县农村公路养护管理办法');
    expect(result.hits.find((h) => h.refId === 'new')?.label).toBeNull();
  });

  it('labels a repealed policy without a successor and ranks what is in force first, even where it matches worse', () => {
    const result = answerSearch(policies, '村道养护村委会负责', 10, NOW);
    expect(result.hits.find((h) => h.refId === 'gone')?.title).toBe('（已废止）村道养护村委会负责规定');
    expect(result.hits[0]?.refId).toBe('rules');
  });

  it('demotes a notice past its end and labels it, by the instant asked about', () => {
    const now = answerSearch(policies, '村道养护施工', 10, NOW).hits.filter((h) => h.kind === 'notice');
    expect(now.map((h) => [h.refId, h.label])).toEqual([['open', null], ['closed', '（已过期）']]);
    const before = answerSearch(policies, '村道养护施工封路', 10, new Date('2026-10-01T00:00:00Z')).hits.filter((h) => h.kind === 'notice');
    expect(before.map((h) => [h.refId, h.label])).toEqual([['closed', null], ['open', null]]);
  });
});

describe('the definition card and the no-answer decision', () => {
  const withTerms = new SearchIndex(
    new Map([
      ...index['keys'].map((key: string) => [key, index.entry(key) as SearchEntry] as [string, SearchEntry]),
      of('term', 't-elder', '敬老卡', '65周岁以上老人凭身份证办理，乘坐城乡公交免费。', { keywords: '老年卡 老人卡' }),
      of('term', 't-over', '超限运输', '货车的重量或尺寸超过公路允许的标准。', { keywords: '超限 超载' }),
    ]),
    [['网约车', '滴滴'], ['超载', '超限', '超限运输'], ['敬老卡', '老年卡', '老人卡']],
  );

  it('shows the term a question is about as one card, never among the answers', () => {
    const result = answerSearch(withTerms, '敬老卡', 10, NOW);
    expect(result.definition).toMatchObject({ refId: 't-elder', term: '敬老卡' });
    expect(result.hits.map((h) => h.kind)).not.toContain('term');
    expect(result.hits[0]?.refId).toBe('bus');
  });

  it('finds the term under a misspelt name too', () => {
    expect(answerSearch(withTerms, '经老卡是什么', 10, NOW).definition?.refId).toBe('t-elder');
  });

  it('leaves the card out when the term is only a small part of the question', () => {
    expect(answerSearch(withTerms, '货车装多少算超限？车货总高4米', 10, NOW).definition).toBeNull();
  });

  it('answers a question the content covers, and says so', () => {
    const result = answerSearch(withTerms, '从业资格证丢了怎么补', 10, NOW);
    expect(result.answered).toBe(true);
    expect(result.topCoverage).toBeGreaterThanOrEqual(NO_ANSWER_SUPPORT);
    expect(result.hits[0]).toMatchObject({ refId: 'lost', weak: false });
  });

  it('says there is no answer when the best hit covers too little of the question, and marks the hits weak', () => {
    const result = answerSearch(withTerms, '社保卡怎么激活', 10, NOW);
    expect(result.answered).toBe(false);
    expect(result.topCoverage).toBeLessThan(NO_ANSWER_SUPPORT);
    expect(result.hits.every((h) => h.weak)).toBe(true);
  });

  it('offers the service guide a Q&A names, when it is published', () => {
    const guided = new SearchIndex(
      new Map([qa('card', '敬老卡怎么办？', '带身份证到乡镇便民服务中心办理。', { serviceId: 'elder-card' }), of('service', 'elder-card', '老年人乘公交优惠卡办理', '65岁以上老人免费乘车。'), qa('other', '敬老卡丢了怎么办？', '到原办理点补办。', { serviceId: 'gone' })]),
      [],
    );
    const hits = answerSearch(guided, '敬老卡怎么办', 10, NOW).hits;
    expect(hits.find((h) => h.refId === 'card')?.guide).toEqual({ title: '老年人乘公交优惠卡办理', path: '/x?id=elder-card' });
    expect(hits.find((h) => h.refId === 'other')?.guide).toBeNull();
  });
});

describe('the no-answer decision on near misses', () => {
  // A county's guides: what they are about is in their titles; their texts list the documents to bring.
  const guides = new SearchIndex(
    new Map([
      of('service', 'car-cert', '网约车运输证核发', '材料：机动车行驶证、机动车登记证书、车辆所有人身份证、营运车辆保险单。'),
      of('service', 'annual', '营运车辆年度审验', '材料：道路运输证、车辆检测报告。每年审验一次。'),
      qa('lost', '从业资格证丢了怎么补办？', '带身份证到县交通运输局政务服务窗口申请补办，当场办结。'),
      qa('village', '村道坏了找谁修？', '村道由村委会负责日常养护，乡镇政府负责监督。'),
      qa('driver', '考网约车驾驶员证有什么条件？', '有3年以上驾驶经历，考试合格后发证。'),
    ]),
    [['网约车', '滴滴'], ['村路', '村道']],
  );
  const decide = (q: string) => {
    const result = answerSearch(guides, q, 10, NOW);
    const hits = guides.search(q, 3, { skip: skipInRanking });
    // What plain coverage (a match in the text counting as much as one in the title) would have said.
    return { answered: result.answered, plain: bestSupport(hits, guides.unitWeights(guides.plan(q)), 1) };
  };

  it('leaves unanswered a question whose key noun no content has, though a guide’s text shares its other words', () => {
    // 结婚 is in no document; 登记 and 材料 are in the car certificate guide’s list of documents.
    const marriage = decide('结婚登记需要什么材料');
    expect(marriage.answered).toBe(false);
    expect(marriage.plain).toBeGreaterThanOrEqual(NO_ANSWER_SUPPORT);
  });

  it('answers a question whose words are in the title of what answers it', () => {
    expect(decide('从业资格证丢了怎么补').answered).toBe(true);
    expect(decide('营运车辆年审要带什么材料').answered).toBe(true);
  });

  it('answers a question asked in everyday words: synonyms, and pronouns and demonstratives that weigh nothing', () => {
    expect(decide('跑滴滴的司机证怎么考').answered).toBe(true);
    expect(decide('俺们那条村路坏了咋整').answered).toBe(true);
  });
});

describe('calibration and the bench figures', () => {
  it('puts the no-answer threshold between examples, at the highest recall with precision >= 0.9', () => {
    const points = [0.05, 0.1, 0.2, 0.3].map((coverage) => ({ coverage, unanswerable: true })).concat([0.25, 0.5, 0.6, 0.7].map((coverage) => ({ coverage, unanswerable: false })));
    // Below 0.275 catches 3 of 4 with one answerable among them (0.75): not allowed; below 0.225, 3 of 3.
    expect(calibrate(points)).toMatchObject({ threshold: 0.225, precision: 1, recall: 0.75 });
    expect(calibrate(points).margin).toBeCloseTo(0.025);
  });

  it('ships what the calibration finds on the bench’s own questions, and its figures on the demo content', () => {
    const index = demoIndex();
    const own = BENCH_QUERIES.filter((x) => !x.heldOut);
    const calibrated = calibrateShare(index, own);
    expect(calibrated.textShare).toBe(TEXT_MATCH_SHARE);
    expect(calibrated.threshold).toBeCloseTo(NO_ANSWER_SUPPORT, 3);
    const figures = rateInProcess(index, own);
    expect(figures.top3).toBeGreaterThanOrEqual(0.95);
    expect(figures.noAnswerPrecision).toBeGreaterThanOrEqual(0.9);
    // The own set holds near misses (车牌丢了怎么补办 beside 从业资格证丢了怎么补办): 19 of 24 found.
    expect(figures.noAnswerRecall).toBeGreaterThanOrEqual(0.8);
  });

  it('counts top-1, top-3, reciprocal rank and no-answer precision and recall', () => {
    const queries = [
      { q: 'a', expect: ['qa:1'], kind: 'short' as const },
      { q: 'b', expect: ['qa:2'], kind: 'short' as const },
      { q: 'c', expect: [], kind: 'no-answer' as const },
      { q: 'd', expect: [], kind: 'no-answer' as const },
    ];
    const figures = relevance(queries, [
      { ids: ['qa-x-9', 'qa-x-1'], answered: true },
      { ids: [], answered: false, card: 'qa-x-2' },
      { ids: ['qa-x-5'], answered: false },
      { ids: ['qa-x-5'], answered: true },
    ]);
    expect(figures).toMatchObject({ answerable: 2, top1: 0.5, top3: 1, mrr: 0.75, noAnswerPrecision: 0.5, noAnswerRecall: 0.5, misses: ['d（应无答案）'] });
  });
});
