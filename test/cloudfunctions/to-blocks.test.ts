import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Block, type TableBlock, blockText } from '#types/models/content';
import { MAX_NESTING } from '../../cloudfunctions/_shared/text/refuse-scriptable';
import { TABLE_PART_CHARS, TABLE_PART_ROWS } from '../../cloudfunctions/_shared/text/table-blocks';
import { TABLE_MAX_COLUMNS, TABLE_MAX_ROWS } from '../../cloudfunctions/_shared/text/table-grid';
import { MAX_BLOCKS, blocksToText, toBlocks } from '../../cloudfunctions/_shared/text/to-blocks';

const fixture = (name: string): string => readFileSync(join(__dirname, '../fixtures/html', name), 'utf8');
const html = (source: string): Block[] => toBlocks({ format: 'html', source });
const text = (source: string): Block[] => toBlocks({ format: 'text', source });
const tables = (blocks: Block[]): TableBlock[] => blocks.filter((b): b is TableBlock => b.kind === 'table');
const tr = (...cells: string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

describe('turning originals into sanitised blocks', () => {
  it('reads pasted text, recognising chapter headings, articles and list items', () => {
    expect(text('第一章 总则\n\n第一条 为了……\n（一）县道\n一、目标')).toEqual([
      { kind: 'heading', text: '第一章 总则' },
      { kind: 'article', text: '第一条 为了……' },
      { kind: 'item', text: '（一）县道' },
      { kind: 'heading', text: '一、目标' },
    ]);
  });

  it('reduces HTML to text blocks and decodes entities, keeping no markup', () => {
    const blocks = html('<h2>第二章</h2><p>公路&nbsp;养护 &amp; <b>管理</b></p><ul><li>县道&#65306;县管</li></ul><table><tr><td>甲</td></tr></table>');
    expect(blocks).toEqual([
      { kind: 'heading', text: '第二章' },
      { kind: 'paragraph', text: '公路 养护 & 管理' },
      { kind: 'item', text: '县道：县管' },
      { kind: 'paragraph', text: '甲' },
    ]);
    expect(blocksToText(blocks)).not.toMatch(/[<>]/);
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">点我</a>',
    '<iframe src="https://example.invalid"></iframe>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
    '<p>正文</p><div onclick="steal()">点我</div>',
    '<a href="java&#x09;script:alert(1)">藏在实体里的脚本地址</a>',
    '<p style="background:url( JaVaScRiPt:alert(1) )">样式里的脚本地址</p>',
    '<head><meta http-equiv="refresh" content="0;url=javascript:alert(1)"></head><p>正文</p>',
    '<svg><script>alert(1)</script></svg>',
    '<object data="x.swf"></object>',
  ])('refuses scriptable content: %s', (source) => {
    expect(() => html(source)).toThrow('正文含有脚本等不允许的内容，请删除后再提交');
  });

  it('refuses script pasted into the plain text box by the same rule', () => {
    expect(() => text('第一条 正文\n<script>alert(1)</script>')).toThrow('正文含有脚本等不允许的内容，请删除后再提交');
  });

  it('refuses an empty original', () => {
    expect(() => html('<p> </p>')).toThrow('正文不能为空');
    expect(() => html('<style>p{}</style><!--[if gte mso 9]><xml>x</xml><![endif]--><p><o:p>&nbsp;</o:p></p>')).toThrow('正文不能为空');
  });

  it('refuses nesting no document has, with a clear message instead of a crash', () => {
    const deep = `${'<div>'.repeat(MAX_NESTING + 1)}深${'</div>'.repeat(MAX_NESTING + 1)}`;
    expect(() => html(deep)).toThrow(`正文的标签嵌套过深（最多 ${MAX_NESTING} 层），请整理格式后再提交`);
    expect(() => html('<b>'.repeat(20_000))).toThrow('正文的标签嵌套过深');
    expect(html(`${'<div>'.repeat(MAX_NESTING - 1)}深${'</div>'.repeat(MAX_NESTING - 1)}`)).toEqual([{ kind: 'paragraph', text: '深' }]);
  });
});

describe('Word and WPS exports', () => {
  it('reads a Word-saved notice: style, conditional comments, o:p and hidden text dropped, cells kept apart, entities decoded, the picture noted', () => {
    expect(html(fixture('word-sangong-notice.html'))).toEqual([
      { kind: 'paragraph', text: '清溪县交通运输局关于2024年度部门预算“三公”经费情况的说明' },
      { kind: 'heading', text: '一、基本情况' },
      {
        kind: 'paragraph',
        text: '根据《中华人民共和国预算法》和县财政局关于做好部门预算公开工作的要求，现将我局2024年度“三公”经费预算安排情况说明如下。本说明所列金额单位为万元，合计数与各分项之和的尾差系四舍五入所致。',
      },
      { kind: 'item', text: '(一)因公出国（境）费。我局2024年无因公出国（境）计划，预算为0。' },
      { kind: 'item', text: '（二）公务接待费。预算8万元，较上年减少2万元，下降20%。接待标准按“工作餐人均≤120元”执行，陪餐人数≤3人。' },
      { kind: 'item', text: '（三）公务用车购置及运行费。预算38万元，其中公务用车运行维护费按¥1.9万元×20辆核定。' },
      { kind: 'heading', text: '二、预算明细表' },
      { kind: 'paragraph', text: '单位：万元' },
      {
        kind: 'table',
        rows: [
          { header: true, cells: ['项 目', '2024年预算数', '2023年预算数', '增减'] },
          { cells: ['合 计', '46', '51', '-5'] },
          { cells: ['1.因公出国（境）费', '0', '0', '0'] },
          { cells: ['2.公务接待费', '8', '10', '-2'] },
          { cells: ['3.公务用车购置及运行费\n（含执法执勤用车）', '38', '41', '-3'] },
          { cells: ['执法执勤用车外观', '［图片：执法执勤用车标识示意图］', null, null] },
        ],
      },
      { kind: 'note', text: '［图片］上表中有 1 处图片等内容（执法执勤用车标识示意图）无法在此显示，请查看原件或附件。' },
      { kind: 'heading', text: '三、管理规定' },
      { kind: 'article', text: '第一条 公务接待实行审批制度，无公函的公务活动不予接待。' },
      { kind: 'article', text: '第十二条 公务用车实行定点维修、定点加油，单车年运行费用原则上≤1.9万元。' },
      { kind: 'item', text: '1. 车辆保险按“交强险+商业险”购买，商业险保额≥100万元；' },
      { kind: 'item', text: '2、油耗误差控制在±5%以内，超出部分由驾驶员书面说明。' },
      { kind: 'paragraph', text: '联系人：张·科员（07XX-1234567），停车场面积1200 m²。' },
      { kind: 'paragraph', text: '清溪县交通运输局' },
      { kind: 'paragraph', text: '2024年2月20日' },
    ]);
  });

  it('keeps a 300-row 裁量基准 as one table in a few parts: header once per part, merged cells repeated on every row', () => {
    const blocks = html(fixture('caijiang-jizhun-300.html'));
    const parts = tables(blocks);
    expect(blocks.length).toBeLessThan(20);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => p.continued ?? false)).toEqual([false, ...parts.slice(1).map(() => true)]);
    const header = ['序号', '违法行为', '法律依据', '处罚依据', '违法情节', '处罚标准'];
    for (const part of parts) {
      expect(part.rows[0]).toEqual({ header: true, cells: header });
      expect(part.rows.length).toBeLessThanOrEqual(TABLE_PART_ROWS + 1);
      expect(part.rows.slice(1).flatMap((r) => r.cells).join('').length).toBeLessThanOrEqual(TABLE_PART_CHARS);
      for (const row of part.rows) expect(row.cells).toHaveLength(6);
    }
    const body = parts.flatMap((p) => p.rows.slice(1));
    const sections = body.filter((r) => r.cells.slice(1).every((c) => c === null)).map((r) => r.cells[0]);
    expect(sections).toEqual(['一、道路运输类', '二、公路路政类', '三、水路运输类', '四、城市客运类', '五、工程质量安全类', '六、港口航道类']);
    expect(body.length - sections.length).toBe(318);
    expect(body.filter((r) => r.cells[0] === '1').map((r) => r.cells.slice(1, 5))).toEqual([
      ['未取得道路旅客运输经营许可，擅自从事道路旅客运输经营', '《道路运输条例》第十条', '《道路运输条例》第六十三条', '轻微：违法所得<2万元，首次被查处且及时纠正'],
      ['未取得道路旅客运输经营许可，擅自从事道路旅客运输经营', '《道路运输条例》第十条', '《道路运输条例》第六十三条', '一般：违法所得2万元以上不足5万元，或者一年内第二次被查处'],
      ['未取得道路旅客运输经营许可，擅自从事道路旅客运输经营', '《道路运输条例》第十条', '《道路运输条例》第六十三条', '严重：违法所得≥5万元，或者造成人员伤亡等严重后果'],
    ]);
    expect(body.filter((r) => r.cells[4]?.startsWith('30%≤超限率<50%'))).toHaveLength(6);
    expect(blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('清溪县交通运输局行政处罚裁量基准'))).toBeDefined();
    expect(blocks.map(blockText).join('\n')).not.toMatch(/&[a-z]+;|&#\d+;/);
  });

  it('turns a stored 裁量基准 back into editable text that reads back to the same blocks', () => {
    const blocks = html(fixture('caijiang-jizhun-300.html'));
    expect(text(blocksToText(blocks))).toEqual(blocks);
  });

  it('turns the Word notice back into editable text that keeps its table a table', () => {
    const again = text(blocksToText(html(fixture('word-sangong-notice.html'))));
    const [table] = tables(again);
    expect(table?.rows[0]).toEqual({ header: true, cells: ['项 目', '2024年预算数', '2023年预算数', '增减'] });
    expect(table?.rows[4]?.cells).toEqual(['3.公务用车购置及运行费 （含执法执勤用车）', '38', '41', '-3']);
    expect(again.filter((b) => b.kind === 'article')).toHaveLength(2);
    expect(again.filter((b) => b.kind === 'note')).toHaveLength(1);
  });
});

describe('tables', () => {
  it('reads <th> and <thead> headers, a <caption>, and merges several header rows into one row of labels', () => {
    const [caption, table] = html(
      '<table><caption>表1 收支总表</caption><thead><tr><th rowspan="2">项目</th><th colspan="2">2024年</th><th colspan="2">2023年</th></tr>' +
        '<tr><th>预算数</th><th>决算数</th><th>预算数</th><th>决算数</th></tr></thead>' +
        `<tbody>${tr('合计', '46', '45', '51', '50')}</tbody></table>`,
    );
    expect(caption).toEqual({ kind: 'paragraph', text: '表1 收支总表' });
    expect(table).toEqual({
      kind: 'table',
      rows: [{ header: true, cells: ['项目', '2024年 预算数', '2024年 决算数', '2023年 预算数', '2023年 决算数'] }, { cells: ['合计', '46', '45', '51', '50'] }],
    });
  });

  it('takes a first row of short labels as the header, but not a row of figures or a two-column list', () => {
    const [labelled] = tables(html(`<table>${tr('项目', '金额', '说明')}${tr('办公费', '3', '')}${tr('差旅费', '2', '下乡')}</table>`));
    expect(labelled?.rows[0]).toEqual({ header: true, cells: ['项目', '金额', '说明'] });
    expect(tables(html(`<table>${tr('2024', '46', '51')}${tr('2023', '45', '50')}${tr('2022', '44', '49')}</table>`))[0]?.rows[0]?.header).toBeUndefined();
    expect(tables(html(`<table>${tr('单位名称', '清溪县交通运输局')}${tr('地址', '清溪县人民路1号')}</table>`))[0]?.rows[0]?.header).toBeUndefined();
  });

  it('reads a one-column table or one holding other tables as page layout, not as data', () => {
    expect(html(`<table>${tr('<p>第一条 总则</p><p>第二条 适用范围</p>')}</table>`)).toEqual([
      { kind: 'article', text: '第一条 总则' },
      { kind: 'article', text: '第二条 适用范围' },
    ]);
    const blocks = html(`<table><tr><td><p>说明</p><table>${tr('甲', '乙')}${tr('1', '2')}</table></td></tr></table>`);
    expect(blocks).toEqual([{ kind: 'paragraph', text: '说明' }, { kind: 'table', rows: [{ cells: ['甲', '乙'] }, { cells: ['1', '2'] }] }]);
  });

  it('drops empty rows and columns (Word adds a row of zero-height cells), and pads short rows', () => {
    const [table] = tables(html(`<table>${tr('甲', '', '乙')}${tr('1', '', '2', '')}${tr('3')}<tr height=0><td></td><td></td><td></td></tr></table>`));
    expect(table?.rows).toEqual([{ cells: ['甲', '乙'] }, { cells: ['1', '2'] }, { cells: ['3', ''] }]);
  });

  it('notes images wherever they stood: inside a cell where they were, and after the table', () => {
    expect(html('<p>路线如下</p><p><img src="route.png" alt="绕行路线图"></p><p>请绕行</p>')).toEqual([
      { kind: 'paragraph', text: '路线如下' },
      { kind: 'note', text: '［图片：绕行路线图］原文此处有图片，无法在此显示，请查看原件或附件。' },
      { kind: 'paragraph', text: '请绕行' },
    ]);
    const blocks = html(`<table>${tr('路段', '现场照片')}${tr('X012线', '<img src="a.jpg">')}${tr('S205线', '<img src="b.jpg" title="塌方处">')}</table>`);
    expect(tables(blocks)[0]?.rows.map((r) => r.cells[1])).toEqual(['现场照片', '［图片］', '［图片：塌方处］']);
    expect(blocks[blocks.length - 1]).toEqual({ kind: 'note', text: '［图片］上表中有 2 处图片等内容（塌方处）无法在此显示，请查看原件或附件。' });
  });

  it('keeps a table of thousands of rows within the block limit, and refuses one too large to show', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => tr(`K${i}`, `${i}`));
    const blocks = html(`<table>${tr('桩号', '里程', '备注')}${rows.join('')}</table>`);
    expect(blocks.length).toBeLessThan(MAX_BLOCKS / 10);
    expect(tables(blocks).flatMap((t) => t.rows.filter((r) => !r.header))).toHaveLength(2500);
    expect(() => html(`<table>${Array.from({ length: TABLE_MAX_ROWS + 1 }, () => '<tr><td>1</td><td>2</td></tr>').join('')}</table>`)).toThrow(
      `表格行数过多（最多 ${TABLE_MAX_ROWS} 行），请拆分表格或改为附件`,
    );
    expect(() => html(`<table>${tr(...Array.from({ length: TABLE_MAX_COLUMNS + 1 }, (_, i) => `列${i}`))}${tr('1', '2')}</table>`)).toThrow(
      `表格列数过多（最多 ${TABLE_MAX_COLUMNS} 列），请拆分表格或改为附件`,
    );
    expect(() => html(`<table><tr><td colspan="100000">合计</td><td>1</td></tr>${tr('1', '2')}</table>`)).toThrow('表格列数过多');
    expect(() => text('甲\t乙\n'.repeat(150_000))).toThrow(`表格行数过多（最多 ${TABLE_MAX_ROWS} 行）`);
  });

  it('reads tab-separated lines pasted as text as a table, but not a lone tabbed line or tab-indented paragraphs', () => {
    const blocks = text('各项费用如下：\n项目\t金额\t说明\n办公费\t3\t\n差旅费\t2\t下乡\n以上合计5万元。');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '各项费用如下：' },
      { kind: 'table', rows: [{ header: true, cells: ['项目', '金额', '说明'] }, { cells: ['办公费', '3', ''] }, { cells: ['差旅费', '2', '下乡'] }] },
      { kind: 'paragraph', text: '以上合计5万元。' },
    ]);
    expect(text('联系人：张三\t电话：0000')).toEqual([{ kind: 'paragraph', text: '联系人：张三 电话：0000' }]);
    expect(text('\t第一条 总则\n\t第二条 适用范围')).toEqual([
      { kind: 'article', text: '第一条 总则' },
      { kind: 'article', text: '第二条 适用范围' },
    ]);
  });
});

describe('reading numbered lines', () => {
  it.each([
    ['第一百二十三条 附则', 'article'],
    ['第十条之一 新增条款', 'article'],
    ['第1条 总则', 'article'],
    ['第五条规定的情形除外。', 'paragraph'],
    ['第一条、第二条同时废止。', 'paragraph'],
    ['第七条至第九条不再执行。', 'paragraph'],
    ['第二条中华人民共和国境内的公路适用本办法。', 'article'],
    ['第三章 法律责任', 'heading'],
    ['一、总体要求', 'heading'],
    [`一、${'加强组织领导，'.repeat(10)}`, 'paragraph'],
    ['(一)县道', 'item'],
    ['（1）乡道', 'item'],
    ['(12)村道', 'item'],
    ['1.公务接待费', 'item'],
    ['1、公务接待费', 'item'],
    ['1．公务接待费', 'item'],
    ['①超限率', 'item'],
    ['1.5米以上的车辆', 'paragraph'],
    ['2024.3起施行', 'paragraph'],
  ])('%s → %s', (line, kind) => {
    expect(text(line)).toEqual([{ kind, text: line }]);
  });

  it('numbers the items of an <ol> unless they carry their own numbers', () => {
    expect(html('<ol start="3"><li>县道</li><li>（四）乡道</li></ol>')).toEqual([
      { kind: 'item', text: '3. 县道' },
      { kind: 'item', text: '（四）乡道' },
    ]);
  });

  it('decodes every entity, drops characters the text rule refuses, and joins a Word line break inside Chinese', () => {
    expect(html('<p>&le;&ge;&times;&divide;&yen;&plusmn;&permil;&deg;&sup2;&middot;&hellip;&mdash;&lsquo;&rsquo;&ensp;x&#x2103;&#8451;</p>')).toEqual([
      { kind: 'paragraph', text: '≤≥×÷¥±‰°²·…—‘’ x℃℃' },
    ]);
    expect(html('<p>正&#x202E;文&#8203;内容&#0;</p>')).toEqual([{ kind: 'paragraph', text: '正文内容\uFFFD' }]);
    expect(html('<p>公路养\r\n护管理 and\r\nroads</p>')).toEqual([{ kind: 'paragraph', text: '公路养护管理 and roads' }]);
  });
});
