import { blocksToText, toBlocks } from '../../cloudfunctions/_shared/text/to-blocks';

describe('turning originals into sanitised blocks', () => {
  it('reads pasted text, recognising chapter headings and list items', () => {
    expect(toBlocks({ format: 'text', source: '第一章 总则\n\n第一条 为了……\n（一）县道\n一、目标' })).toEqual([
      { kind: 'heading', text: '第一章 总则' },
      { kind: 'article', text: '第一条 为了……' },
      { kind: 'item', text: '（一）县道' },
      { kind: 'heading', text: '一、目标' },
    ]);
  });

  it('reduces HTML to text blocks and decodes entities, keeping no markup', () => {
    const blocks = toBlocks({ format: 'html', source: '<h2>第二章</h2><p>公路&nbsp;养护 &amp; <b>管理</b></p><ul><li>县道&#65306;县管</li></ul><table><tr><td>甲</td></tr></table>' });
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
  ])('refuses scriptable content: %s', (source) => {
    expect(() => toBlocks({ format: 'html', source })).toThrow('正文含有脚本等不允许的内容，请删除后再提交');
  });

  it('refuses an empty original', () => {
    expect(() => toBlocks({ format: 'html', source: '<p> </p>' })).toThrow('正文不能为空');
  });
});
