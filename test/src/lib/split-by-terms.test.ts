import { splitByTerms } from '@/lib/split-by-terms';

const terms = [
  { term: '超限运输', aliases: ['超限'], plain: '超过标准' },
  { term: '路政', aliases: [], plain: '保护公路' },
];

describe('splitByTerms', () => {
  it('marks the longest term first and keeps the rest as plain text', () => {
    const parts = splitByTerms('违法超限运输由路政处理，超限车辆要卸载', terms);
    expect(parts.map((p) => [p.text, p.term?.term ?? null])).toEqual([
      ['违法', null],
      ['超限运输', '超限运输'],
      ['由', null],
      ['路政', '路政'],
      ['处理，', null],
      ['超限', '超限运输'],
      ['车辆要卸载', null],
    ]);
  });

  it('returns the text whole when there are no terms', () => {
    expect(splitByTerms('公路养护', [])).toEqual([{ text: '公路养护' }]);
  });
});
