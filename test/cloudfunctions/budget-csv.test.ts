import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBudgetCsv } from '../../cloudfunctions/_shared/budgets/parse-budget-csv';
import { readCsv } from '../../cloudfunctions/_shared/budgets/read-csv';

const demo = readFileSync(join(__dirname, '../../scripts/demo/budgets/2025-final.csv'), 'utf8');
const lines = demo.trimEnd().split('\n');
const replaceLine = (startsWith: string, next: string): string => lines.map((l) => (l.startsWith(startsWith) ? next : l)).join('\n');
const errorsOf = (csv: string, year = 2025): string[] => {
  const parsed = parseBudgetCsv(csv, year, 'final');
  return parsed.ok ? [] : parsed.errors;
};

describe('reading CSV', () => {
  it('handles quotes, doubled quotes, commas in fields, CRLF and an Excel BOM', () => {
    expect(readCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n').map((r) => [r.line, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['x, y', 'say "hi"']],
    ]);
  });
});

describe('a year of budget figures from CSV', () => {
  it('accepts a file whose lines add up, and totals it', () => {
    const parsed = parseBudgetCsv(demo, 2025, 'final');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.total).toBe(8909.5);
    expect(parsed.content.functional.find((l) => l.code === '2140104')?.projectIds).toContain('project-x-g235-upgrade');
    expect(parsed.content.specialFunds).toHaveLength(7);
    expect(parsed.content.threePublic.overseas_travel.amount).toBe(0);
  });

  it('names the line whose sub-lines do not add up', () => {
    const errors = errorsOf(replaceLine('functional,2140101,', 'functional,2140101,行政运行,999.99,21401,局机关日常运转,,,'));
    expect(errors[0]).toMatch(/^第 \d+ 行（21401 公路水路运输）：下级合计 [\d.]+ 万元，与本行 [\d.]+ 万元不符$/);
  });

  it.each([
    ['functional,2140104,', 'functional,2140104,公路建设,12.3a,21401,,,,', /金额“12.3a”不是有效的数字/],
    ['functional,2140104,', 'functional,2140104,公路建设,1.234,21401,,,,', /金额“1.234”不是有效的数字/],
    ['economic,30201,', 'economic,50201,办公费,1,502,,,,', /未知的经济分类“50201”/],
    ['three_public,reception,', 'three_public,gifts,,1,,,,,', /未知的三公经费项目“gifts”/],
    ['special_fund,ZX-2025-01,', 'special_fund,ZX-2025-01,养护补助,410,,,,县公路中心,2024-03-15', /下达日期“2024-03-15”应为 2025 年内的日期/],
  ])('rejects a bad %s line with its reason', (start, line, reason) => {
    const errors = errorsOf(replaceLine(start, line));
    expect(errors.join('\n')).toMatch(reason);
  });

  it('rejects unknown sections, a wrong header, and totals that differ between the classifications', () => {
    expect(errorsOf(`${demo}gossip,1,x,1,,,,,\n`).join()).toMatch(/未知的分类“gossip”/);
    expect(errorsOf(demo.replace('section,code', 'kind,code'))).toEqual(['第 1 行应为表头：section,code,name,amount,parent,explanation,project,recipient,date']);
    const economicOff = replaceLine('economic,312,', 'economic,312,对企业补助,1.00,,给公交公司的运营补贴,,,');
    expect(errorsOf(economicOff).join()).toMatch(/功能分类合计 [\d.]+ 万元与经济分类合计 [\d.]+ 万元不一致/);
  });
});
