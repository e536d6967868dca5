// A poster's plain points: sentences in order from the explainer and then the summary or body, numbering
// stripped, repeats dropped, long ones cut, at most five.
import { POSTER_POINT_CHARS } from '#types/models/poster';
import { posterPoints } from '#types/text/poster-points';

describe('posterPoints', () => {
  it('takes sentences in order, explainer first, without numbering or repeats', () => {
    expect(posterPoints(['（一）村道由村委会养护。', '1. 村道由村委会养护；小修三天内修好！', '大修由乡镇报县里安排。'])).toEqual(['村道由村委会养护', '小修三天内修好', '大修由乡镇报县里安排']);
  });

  it('keeps at most five and cuts a long sentence to fit the sheet', () => {
    const long = '因农村公路提质改造工程施工需要，石门乡上坪村至下坪村路段自即日起实行半幅通行，请过往车辆减速慢行并服从现场指挥';
    const points = posterPoints([long, '一二三四。五六七八。九十十一。十二十三。十四十五。十六十七。']);
    expect(points).toHaveLength(5);
    expect([...(points[0] as string)]).toHaveLength(POSTER_POINT_CHARS);
    expect(points[0]?.endsWith('…')).toBe(true);
  });

  it('drops fragments too short to say anything', () => {
    expect(posterPoints(['好。', '注意安全。'])).toEqual(['注意安全']);
  });
});
