// The work summary's counting functions, each on a hand-counted fixture at a chosen instant, and the
// drafted text built from them.
import type { PeriodFigures, SummaryFigures } from '#types/api/work-summary-views';
import type { CaseChannel, CaseDoc } from '#types/models/case';
import { casesByChannel } from '../../cloudfunctions/_shared/work-summary/case-figures';
import { tallyOutcomes } from '../../cloudfunctions/_shared/work-summary/consultation-figures';
import { draftSections } from '../../cloudfunctions/_shared/work-summary/draft-sections';
import { handlingByGuide } from '../../cloudfunctions/_shared/work-summary/handling-figures';
import { monthsOf, projectMonths, type ProjectRecord } from '../../cloudfunctions/_shared/work-summary/project-months';
import { totalOpens } from '../../cloudfunctions/_shared/work-summary/reach-figures';
import { summaryGaps } from '../../cloudfunctions/_shared/work-summary/summary-gaps';
import { halfYear, previousHalf, recentHalfYears } from '../../cloudfunctions/_shared/time/day-range';

const at = (text: string): Date => new Date(`${text}+08:00`);
const H1 = halfYear(2026, 1);

describe('periods', () => {
  it('are calendar half-years, the one before, their months, and the last 182 days', () => {
    expect(H1).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(halfYear(2025, 2)).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(previousHalf(2026, 1)).toEqual({ year: 2025, half: 2 });
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(recentHalfYears('2026-06-10')).toEqual({ current: { from: '2025-12-11', to: '2026-06-10' }, previous: { from: '2025-06-12', to: '2025-12-10' } });
  });
});

describe('progress updates on time', () => {
  const project = (id: string, over: Partial<ProjectRecord>): ProjectRecord => ({ id, name: `项目${id}`, status: 'under_construction', publishedAt: at('2025-10-01T09:00:00'), lastUpdateAt: at('2026-06-01T09:00:00'), updates: [], ...over });
  it('counts, on 2026-06-10, the ended months each project under construction owed and kept, and the stale ones', () => {
    const projects = [
      // Owes January–May (5); updated in Jan, Feb, Mar, May: 4. Last update 2026-06-01: 9 days.
      project('a', { updates: [at('2026-01-15T10:00:00'), at('2026-02-03T10:00:00'), at('2026-03-31T23:30:00'), at('2026-05-20T10:00:00'), at('2026-06-01T09:00:00')] }),
      // Published 2026-03-10: owes March–May (3); updated in April only: 1. Last update 2026-04-08: 63 days.
      project('b', { publishedAt: at('2026-03-10T09:00:00'), lastUpdateAt: at('2026-04-08T09:00:00'), updates: [at('2026-04-08T09:00:00')] }),
      // An update at 2026-02-28 23:30 Beijing is February's (UTC says the 28th too; 00:30 on 3-01 would be March's).
      project('c', { lastUpdateAt: at('2026-05-01T00:30:00'), updates: [at('2026-02-28T23:30:00'), at('2026-05-01T00:30:00')] }),
      // Completed: owes nothing, never stale.
      project('d', { status: 'completed', lastUpdateAt: at('2025-12-01T09:00:00') }),
    ];
    // c owes 5 and kept Feb and May: 2. Due 5 + 3 + 5 = 13, kept 4 + 1 + 2 = 7. c's last update 2026-05-01: 40 days.
    expect(projectMonths(projects, H1, '2026-06-10')).toEqual({
      underConstruction: 3, monthsDue: 13, monthsUpdated: 7, onTimeShare: 0.538,
      stale: [{ id: 'b', name: '项目b', days: 63 }, { id: 'c', name: '项目c', days: 40 }],
    });
  });

  it('counts every month of a period that has ended', () => {
    const whole = projectMonths([project('a', { updates: [at('2026-06-30T20:00:00')] })], H1, '2026-06-30');
    expect(whole).toMatchObject({ monthsDue: 6, monthsUpdated: 1 });
  });
});

describe('cases by channel', () => {
  const kase = (channel: CaseChannel | undefined, created: string, due: string, replied: string | null, status: CaseDoc['status'] = replied ? 'replied' : 'received') =>
    ({ category: 'question', status, events: [], createdAt: at(created), dueAt: at(due), firstRepliedAt: replied ? at(replied) : null, ...(channel ? { channel } : {}) }) as unknown as CaseDoc;
  it('gives each channel its count, median days to reply and share on time, judged at the chosen instant', () => {
    const cases = [
      kase(undefined, '2026-03-02T09:00:00', '2026-03-09T23:59:59', '2026-03-04T09:00:00'), // app, 2 days, on time
      kase('app', '2026-03-02T09:00:00', '2026-03-09T23:59:59', '2026-03-12T21:00:00'), // app, 10.5 days, late
      kase('app', '2026-06-01T09:00:00', '2026-06-08T23:59:59', null), // app, open and overdue on 06-10
      kase('hotline', '2026-04-01T09:00:00', '2026-04-08T23:59:59', '2026-04-02T09:00:00'), // 1 day, on time
      kase('hotline', '2026-06-09T09:00:00', '2026-06-16T23:59:59', null), // open, not yet due
    ];
    const f = casesByChannel(cases, at('2026-06-10T10:00:00'));
    // app: replied 2 (2 and 10.5 → median 6.3 after rounding 6.25), on time 1 of 3 judged.
    expect(f.byChannel.app).toEqual({ total: 3, replied: 2, medianReplyDays: 6.3, onTimeShare: 0.333 });
    expect(f.byChannel.hotline).toEqual({ total: 2, replied: 1, medianReplyDays: 1, onTimeShare: 1 });
    expect(f.byChannel.letter).toEqual({ total: 0, replied: 0, medianReplyDays: null, onTimeShare: null });
    // All: replied 2, 10.5, 1 → median 2; on time 2 of 4 judged.
    expect(f.all).toEqual({ total: 5, replied: 3, medianReplyDays: 2, onTimeShare: 0.5 });
  });
});

describe('consultations, SMS opens and handling times', () => {
  it('tallies comment outcomes', () => {
    const outcome = (decision: string) => ({ outcome: { decision, reason: '', at: new Date(0) } }) as never;
    expect(tallyOutcomes(2, [outcome('adopted'), outcome('adopted'), outcome('partly'), outcome('not_adopted'), { outcome: null }])).toEqual({ closed: 2, comments: 5, adopted: 2, partly: 1, notAdopted: 1, undecided: 1 });
  });

  it('adds every segment’s opens', () => {
    expect(totalOpens([{ opens: { 0: 3, 1: 4 } }, { opens: {} }, { opens: { 2: 10 } }])).toBe(17);
  });

  it('gives each coded guide its window, all of them together, and the codes no guide carries', () => {
    const days = new Map([['A', [1, 2, 3, 10]], ['B', [0, 0]], ['Z', [4, 5, 6]]]);
    const guides = [
      { id: 'ga', name: '甲', itemCode: 'A', promisedDays: 3 },
      { id: 'gb', name: '乙', itemCode: 'B', promisedDays: null },
      { id: 'gc', name: '丙', itemCode: '', promisedDays: 5 },
    ];
    const f = handlingByGuide(days, guides, H1);
    expect(f.guides).toEqual([
      { id: 'ga', name: '甲', window: { ...H1, completed: 4, medianDays: 2.5, meanDays: 4, withinPromisedShare: 0.75 } },
      { id: 'gb', name: '乙', window: { ...H1, completed: 2, medianDays: 0, meanDays: 0, withinPromisedShare: null } },
    ]);
    // All linked: 1, 2, 3, 10, 0, 0 → median 1.5, mean 2.7; within promise only where promised: 3 of 4.
    expect(f.all).toEqual({ ...H1, completed: 6, medianDays: 1.5, meanDays: 2.7, withinPromisedShare: 0.75 });
    expect(f.unlinked).toEqual([{ itemCode: 'Z', completed: 3 }]);
  });
});

describe('the drafted text', () => {
  const period = (over: Partial<PeriodFigures> = {}): PeriodFigures => {
    const none = { total: 0, replied: 0, medianReplyDays: null, onTimeShare: null };
    const window = { ...H1, completed: 0, medianDays: null, meanDays: null, withinPromisedShare: null };
    return {
      range: H1, asOf: '2026-06-10',
      published: { byKind: { policy: 3, project: 1, service: 0, budget: 0, notice: 4, consultation: 1, proposal: 0 }, projectUpdates: 7, decisions: 2 },
      projects: { underConstruction: 2, monthsDue: 10, monthsUpdated: 8, onTimeShare: 0.8, stale: [{ id: 'b', name: '石门乡通村路', days: 45 }] },
      cases: { all: { total: 5, replied: 4, medianReplyDays: 2, onTimeShare: 0.75 }, byChannel: { app: { total: 4, replied: 3, medianReplyDays: 2, onTimeShare: 0.667 }, hotline: { total: 1, replied: 1, medianReplyDays: 1, onTimeShare: 1 }, letter: none, email: none, visit: none } },
      consultations: { closed: 1, comments: 6, adopted: 2, partly: 1, notAdopted: 2, undecided: 1 },
      notices: { subscribers: 120, sends: 4, delivered: 300 },
      reach: { linkSets: 2, opens: 45, posters: 3, scans: 17, posted: 4, broadcast: 2 },
      handling: { guides: [{ id: 'ga', name: '道路货物运输经营许可', window: { ...window, completed: 40, medianDays: 3, meanDays: 3.5, withinPromisedShare: 0.8 } }], all: { ...window, completed: 40, medianDays: 3, meanDays: 3.5, withinPromisedShare: 0.8 }, unlinked: [{ itemCode: '331122000199', completed: 12 }] },
      ...over,
    };
  };
  const figures: SummaryFigures = { year: 2026, half: 1, current: period(), previous: { ...period(), published: { ...period().published, byKind: { ...period().published.byKind, notice: 1 } }, notices: { subscribers: null, sends: 2, delivered: 200 }, handling: { ...period().handling, all: { ...period().handling.all, meanDays: 5 } } } };

  it('proposes the measured gaps as problems, each with a measure', () => {
    const gaps = summaryGaps(figures.current);
    expect(gaps.map((g) => g.problem)).toEqual([
      '1 个在建项目超过 30 天没有更新进展：石门乡通村路（45 天）。',
      '群众诉求按期答复率 75%，未全部按期答复：小程序渠道 66.7%。',
      '已截止的意见征集中还有 1 条意见没有逐条反馈采纳情况。',
      '1 项服务事项在承诺时限内办结的比例低于 90%：道路货物运输经营许可（80%，平均 3.5 个工作日）。',
      '12 件办件的事项编码（331122000199）没有对应的办事指南，未计入各事项的办理时间。',
    ]);
    expect(gaps.every((g) => g.measure.length > 10)).toBe(true);
  });

  it('writes the four sections with the period’s figures and the change on the half-year before', () => {
    const text = draftSections(figures);
    expect(text.content).toContain('发布和更新政策 3 条、项目 1 条、通知 4 条、意见征集 1 条，发布项目进展 7 条，公示行政许可和行政处罚决定 2 条。');
    expect(text.content).toContain('收到群众诉求 5 件（小程序 4 件、电话 1 件），已答复 4 件。');
    expect(text.content).toContain('生成短信链接 2 组，群众经短信打开 45 次，制作村务公开栏海报 3 张，扫码 17 次，村级信息员确认张贴 4 次、广播 2 次。');
    expect(text.results).toContain('发布和更新信息 9 条，比2025年下半年增加 50%。');
    expect(text.results).toContain('订阅消息送达 300 条，比2025年下半年增加 50%，短信链接打开 45 次，与2025年下半年持平。');
    expect(text.results).toContain('服务事项平均 3.5 个工作日办结，一半在 3 个工作日内办结，在承诺时限内办结 80%，平均办理时间比2025年下半年缩短 30%。');
    expect(text.problems.split('\n')).toHaveLength(5);
    expect(text.measures.startsWith('1. 督促在建项目每月至少发布一次进展')).toBe(true);
  });
});
