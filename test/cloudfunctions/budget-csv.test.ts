import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { codeBookFor } from '../../cloudfunctions/_shared/budgets/budget-code-book';
import { decodeCsvBytes } from '../../cloudfunctions/_shared/budgets/decode-csv-bytes';
import { parseAmount } from '../../cloudfunctions/_shared/budgets/parse-amount';
import { parseBudgetCsv } from '../../cloudfunctions/_shared/budgets/parse-budget-csv';
import { readCsv } from '../../cloudfunctions/_shared/budgets/read-csv';
import type { BudgetCodeEntry } from '#types/models/budget-code';

// Property runs are seeded: a run at any hour on any machine tests the same inputs.
fc.configureGlobal({ seed: 20261130 });

const demo = readFileSync(join(__dirname, '../../scripts/demo/budgets/2025-final.csv'), 'utf8');
const fixture = (name: string): Buffer => readFileSync(join(__dirname, '../fixtures/budgets', name));
const district = fixture('district-2024-budget.csv');
const districtText = district.toString('utf8').replace(/^\uFEFF/, '');
const countyText = fixture('county-2025-budget-gov-economic.csv').toString('utf8');

const lines = demo.trimEnd().split('\n');
const replaceLine = (text: string, startsWith: string, next: string): string =>
  text.split(/(?<=\n)/).map((l) => (l.startsWith(startsWith) ? `${next}${l.endsWith('\r\n') ? '\r\n' : '\n'}` : l)).join('');
const demoWith = (startsWith: string, next: string): string => lines.map((l) => (l.startsWith(startsWith) ? next : l)).join('\n');
const parse = (csv: string, year = 2025, entries: BudgetCodeEntry[] = []) => parseBudgetCsv(csv, year, 'final', codeBookFor(year, entries));
const errorsOf = (csv: string, year = 2025, entries: BudgetCodeEntry[] = []): string[] => {
  const parsed = parse(csv, year, entries);
  return parsed.ok ? [] : parsed.errors;
};
const okOf = (csv: string, year = 2025, entries: BudgetCodeEntry[] = []) => {
  const parsed = parse(csv, year, entries);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed;
};

describe('reading CSV', () => {
  it('handles quotes, doubled quotes, commas in fields, CRLF, an Excel BOM and the line a row starts on', () => {
    const read = readCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n"two\r\nlines",z\r\n,,\r\nlast,"26,994.47"\r\n');
    if (!read.ok) throw new Error(read.error);
    expect(read.rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['x, y', 'say "hi"']],
      [4, ['two\nlines', 'z']],
      [7, ['last', '26,994.47']],
    ]);
  });

  it('names the line of a quote that is never closed', () => {
    expect(readCsv('a,b\n1,2\n"open,3\n')).toEqual({ ok: false, error: expect.stringMatching(/^第 3 行：引号没有配对/) });
  });
});

describe('decoding the bytes of a CSV file', () => {
  it('reads UTF-8 with or without a BOM, and GBK (what Excel on Chinese Windows saves) as GB18030', () => {
    expect(decodeCsvBytes(district)).toEqual({ ok: true, text: districtText, encoding: 'utf-8' });
    expect(decodeCsvBytes(Buffer.from(districtText, 'utf8'))).toEqual({ ok: true, text: districtText, encoding: 'utf-8' });
    expect(decodeCsvBytes(iconv.encode(districtText, 'gbk'))).toEqual({ ok: true, text: districtText, encoding: 'gb18030' });
  });

  it.each([
    ['Big5', iconv.encode('分类,科目编码,科目名称,金额\n功能分类,214,交通運輸支出,1\n功能分类,21401,公路水路運輸,1\n', 'big5')],
    ['Shift-JIS', iconv.encode('分類,科目編碼,科目名稱,金額\n功能分類,214,交通運輸支出,1\n功能分類,21401,公路水路運輸,1\n', 'shiftjis')],
  ])('refuses a %s file, which GB18030 would turn into nonsense, saying how to save it', (_name, bytes) => {
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toEqual({ ok: false, error: expect.stringMatching(/^文件编码无法识别：.*另存为.*CSV UTF-8/) });
  });

  it('refuses text that is already garbled inside a UTF-8 file', () => {
    const garbled = iconv.decode(Buffer.from(districtText, 'utf8'), 'gbk');
    expect(decodeCsvBytes(Buffer.from(garbled, 'utf8'))).toEqual({ ok: false, error: expect.stringMatching(/^文件里的文字是乱码（如“.+”）/) });
  });

  it('names a workbook, a UTF-16 text file and an empty file for what they are', () => {
    expect(decodeCsvBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toMatchObject({ ok: false, error: expect.stringMatching(/^这是 Excel 工作簿（.xlsx）/) });
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('分类', 'utf16le')]))).toMatchObject({ ok: false, error: expect.stringMatching(/UTF-16/) });
    expect(decodeCsvBytes(Buffer.alloc(0))).toMatchObject({ ok: false, error: '文件是空的，请重新选择文件' });
  });
});

describe('amounts', () => {
  it('reads any amount of up to two decimals back, written plain or with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (c) => {
        const plain = (c / 100).toFixed(2);
        const grouped = Number(plain).toLocaleString('en-US', { minimumFractionDigits: 2 });
        expect(parseAmount(plain)).toEqual({ ok: true, amount: c / 100 });
        expect(parseAmount(grouped)).toEqual({ ok: true, amount: c / 100 });
      }),
    );
  });

  it.each([
    ['1.234', /最多两位小数/],
    ['12.3a', /应为数字/],
    ['-5', /不能是负数/],
    ['26,99.47', /千位分隔逗号的位置不对/],
    ['', /金额不能为空/],
  ])('says what is wrong with “%s”', (text, reason) => {
    const parsed = parseAmount(text);
    expect(parsed.ok ? '' : parsed.error).toMatch(reason);
  });
});

describe('a year of budget figures from CSV', () => {
  it('accepts a demo file whose lines add up, and totals it', () => {
    const parsed = okOf(demo);
    expect(parsed.total).toBe(8909.5);
    expect(parsed.content.functional.find((l) => l.code === '2140104')?.projectIds).toContain('project-x-g235-upgrade');
    expect(parsed.content.specialFunds).toHaveLength(7);
    expect(parsed.content.threePublic.overseas_travel.amount).toBe(0);
    expect(parsed.content.economicScope).toBe('all');
  });

  it('reads a department budget as published: title rows, Chinese headings, 1,000s separators, blank cells, economic lines of 基本支出 only', () => {
    const parsed = okOf(districtText, 2024);
    expect(parsed.total).toBe(28877.69);
    expect(parsed.content).toMatchObject({ economicScope: 'basic', basicTotal: 552.89 });
    expect(parsed.content.functional.find((l) => l.code === '214')).toMatchObject({ name: '交通运输支出', amount: 26994.47, basic: 392.79, parent: null });
    expect(parsed.content.functional.find((l) => l.code === '2140104')).toMatchObject({ amount: 19856.4, basic: 0, parent: '21401' });
    expect(parsed.content.economic.filter((l) => !l.parent).map((l) => [l.code, l.amount])).toEqual([['301', 452.36], ['302', 95.53], ['303', 5]]);
    expect(parsed.content.threePublic).toEqual({
      reception: { amount: 1.5, explanation: '' },
      vehicle_purchase: { amount: 0, explanation: '' },
      vehicle_operation: { amount: 6, explanation: '执法和应急车辆的燃油、维修和保险' },
      overseas_travel: { amount: 0, explanation: '没有安排因公出国（境）' },
    });
  });

  it('checks 基本支出: the economic lines against its total, each line’s parts against its whole, 三公 subtotals against their items', () => {
    const off = replaceLine(districtText, '经济分类（基本支出）,303,', '经济分类（基本支出）,303,对个人和家庭的补助,6.00,,,');
    expect(errorsOf(off, 2024).join()).toMatch(/（303 对个人和家庭的补助）：下级合计 5.00 万元，与本行 6.00 万元不符/);
    const moved = replaceLine(replaceLine(districtText, '经济分类（基本支出）,303,', '经济分类（基本支出）,303,对个人和家庭的补助,6.00,,,'), '经济分类（基本支出）,30305,', '经济分类（基本支出）,30305,生活补助,4.20,,,');
    expect(errorsOf(moved, 2024)).toEqual(['功能分类的基本支出合计 552.89 万元与经济分类（基本支出）合计 553.89 万元不一致']);
    const split = replaceLine(districtText, '功能分类,2140101,', '功能分类,2140101,行政运行,392.79,390.00,2.79,');
    expect(errorsOf(split, 2024).join()).toMatch(/（21401 公路水路运输）：下级基本支出合计 390\.00 万元，与本行基本支出 392\.79 万元不符/);
    const parts = replaceLine(districtText, '功能分类,2140199,', '功能分类,2140199,其他公路水路运输支出,702.33,,700.00,');
    expect(errorsOf(parts, 2024).join()).toMatch(/基本支出 0\.00 加项目支出 700\.00 不等于合计 702\.33 万元/);
    const total = replaceLine(districtText, '三公经费,合计,', '三公经费,合计,,8.50,,,');
    expect(errorsOf(total, 2024)).toEqual([expect.stringMatching(/^第 \d+ 行：三公经费合计 8\.50 万元，与各项之和 7\.50 万元不符$/)]);
  });

  it('needs the 基本支出 column when the economic lines cover 基本支出 only', () => {
    const withoutBasic = districtText.replace('分类,科目编码,科目名称,合计,基本支出,项目支出,说明', '分类,科目编码,科目名称,合计,,,说明');
    expect(errorsOf(withoutBasic, 2024).join()).toMatch(/经济分类只列基本支出（economic_basic）时，功能分类须有“基本支出”（basic）列/);
  });

  it('reads 政府预算支出经济分类 and the classes real budgets use (节能环保, 预备费, 债务付息), blank 三公 cells as zero, Excel dates', () => {
    const parsed = okOf(countyText);
    expect(parsed.total).toBe(5562);
    expect(parsed.content.functional.map((l) => l.code)).toEqual(expect.arrayContaining(['211', '2111103', '227', '232', '2320301']));
    expect(parsed.content.economic.map((l) => l.code)).toEqual(expect.arrayContaining(['501', '50101', '514', '51401']));
    expect(parsed.content.threePublic.vehicle_purchase.amount).toBe(0);
    expect(parsed.content.specialFunds[0]?.date).toBe('2025-04-18');
  });

  it('refuses a code not in force for the year, with its line and how to add it; an admin’s entry from that year makes it known', () => {
    const csv = replaceLine(countyText, 'functional,2140106,', 'functional,2140188,智慧交通建设,"3,800.00",21401,,,,');
    expect(errorsOf(csv)).toEqual(['第 11 行：功能分类科目“2140188”不在 2025 年的政府收支分类科目里。请核对编码；如确是当年新设或改名的科目，请管理员在“导入预决算”页的“查询或补充科目”中为 2025 年添加（编码、名称）后重新导入']);
    expect(errorsOf(csv, 2025, [{ code: '2140188', name: '智慧交通建设', fromYear: 2026 }])).toHaveLength(1);
    expect(okOf(csv, 2025, [{ code: '2140188', name: '智慧交通建设', fromYear: 2024 }]).content.functional.find((l) => l.code === '2140188')?.name).toBe('智慧交通建设');
  });

  it('fills a blank name from the classification, and refuses mixing the two economic classifications', () => {
    const noName = replaceLine(countyText, 'functional,227,', 'functional,227,,50.00,,,,,');
    expect(okOf(noName).content.functional.find((l) => l.code === '227')?.name).toBe('预备费');
    const mixed = replaceLine(countyText, 'economic,511,', 'economic,307,债务利息及费用支出,180.00,,,,,').replace('economic,51101,国内债务付息,180.00,511', 'economic,30701,国内债务付息,180.00,307');
    expect(errorsOf(mixed).join()).toMatch(/经济分类不能混用政府预算支出经济分类和部门预算支出经济分类/);
  });

  it('says an unquoted 26,994.47 split its row, instead of calling the amount invalid', () => {
    const csv = replaceLine(countyText, 'functional,214,', 'functional,214,交通运输支出,5,000.00,,,,,');
    expect(errorsOf(csv)).toEqual([expect.stringMatching(/^第 8 行比表头多出 1 格：金额里的千位分隔逗号（如 26,994\.47）要整格加英文双引号/)]);
  });

  it('names the line whose sub-lines do not add up', () => {
    const errors = errorsOf(demoWith('functional,2140101,', 'functional,2140101,行政运行,999.99,21401,局机关日常运转,,,'));
    expect(errors[0]).toMatch(/^第 \d+ 行（21401 公路水路运输）：下级合计 [\d.]+ 万元，与本行 [\d.]+ 万元不符$/);
  });

  it.each([
    ['functional,2140104,', 'functional,2140104,公路建设,12.3a,21401,,,,', /第 5 行：金额“12.3a”应为数字/],
    ['functional,2140104,', 'functional,2140104,公路建设,,21401,,,,', /第 5 行：金额不能为空/],
    ['functional,2140104,', 'functional,2140104,公路建设,1,21400,,,,', /科目“2140104”的上级应为“21401”，不是“21400”/],
    ['economic,30201,', 'economic,4020,办公费,1,402,,,,', /经济分类科目编码“4020”应为 3 开头/],
    ['three_public,reception,', 'three_public,gifts,,1,,,,,', /未知的三公经费项目“gifts”/],
    ['special_fund,ZX-2025-01,', 'special_fund,ZX-2025-01,养护补助,410,,,,县公路中心,2024-03-15', /下达日期“2024-03-15”应为 2025 年内的日期/],
    ['functional,2140101,', 'functional,2140101,行政运行\u0007,432.60,21401,,,,', /第 4 行：name 含有控制字符/],
  ])('rejects a bad %s line with its reason', (start, line, reason) => {
    expect(errorsOf(demoWith(start, line)).join('\n')).toMatch(reason);
  });

  it('rejects unknown sections and columns, both economic scopes at once, and totals that differ between the classifications', () => {
    expect(errorsOf(`${demo}gossip,1,x,1,,,,,\n`).join()).toMatch(/未知的分类“gossip”/);
    expect(errorsOf(demo.replace('section,code', 'kind,code'))).toEqual(['第 1 行：不认识的列“kind”；可用的列：section,code,name,amount,parent,explanation,project,recipient,date,basic,project_spend', '第 1 行：表头缺少列 section']);
    expect(errorsOf('总表\n说明\n')).toEqual([expect.stringMatching(/^找不到表头/)]);
    expect(errorsOf(`${demo}economic_basic,301,工资福利支出,1,,,,,\n`).join()).toMatch(/经济分类只能有一种/);
    const economicOff = demoWith('economic,312,', 'economic,312,对企业补助,1.00,,给公交公司的运营补贴,,,');
    expect(errorsOf(economicOff).join()).toMatch(/功能分类合计 [\d.]+ 万元与经济分类合计 [\d.]+ 万元不一致/);
  });
});

describe('the classification code book', () => {
  it('lays an admin’s additions and renamings over the national codes from their year on', () => {
    const entries = [
      { code: '2140188', name: '智慧交通建设', fromYear: 2025 },
      { code: '2140104', name: '公路建设（含桥梁）', fromYear: 2026 },
      { code: '2140104', name: '公路新建与改建', fromYear: 2027 },
    ];
    expect(codeBookFor(2024, entries).nameOf('2140188')).toBeNull();
    expect(codeBookFor(2025, entries).nameOf('2140188')).toBe('智慧交通建设');
    expect([2025, 2026, 2027].map((y) => codeBookFor(y, entries).nameOf('2140104'))).toEqual(['公路建设', '公路建设（含桥梁）', '公路新建与改建']);
    const views = codeBookFor(2026, entries).views();
    expect(views.find((v) => v.code === '2140104')).toEqual({ code: '2140104', name: '公路建设（含桥梁）', classification: 'functional', origin: 'entered', fromYear: 2026 });
    expect(views.find((v) => v.code === '50101')).toEqual({ code: '50101', name: '工资奖金津补贴', classification: 'economic_gov', origin: 'national', fromYear: null });
  });

  it('ships every parent of every national code', () => {
    const views = codeBookFor(2025, []).views();
    const codes = new Set(views.map((v) => v.code));
    expect(views.filter((v) => v.code.length > 3 && !codes.has(v.code.slice(0, -2)))).toEqual([]);
    expect(views.length).toBeGreaterThan(400);
  });
});
