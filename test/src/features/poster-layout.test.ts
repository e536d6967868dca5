// The A4 sheet's layout (pure, measured by a stand-in font: a Chinese character as wide as the font size,
// Latin letters and digits about half) and its painting: everything inside the margins, nothing over the
// code, the title shrunk to fit, the link wrapped, black on white only.
import type { PosterView } from '#types/api/posters';
import { paintPoster, type PosterContext } from '@/features/staff-posters/draw/paint-poster';
import { posterLayout, SHEET, type PosterStep } from '@/features/staff-posters/draw/poster-layout';
import { wrapText } from '@/features/staff-posters/draw/wrap-text';
import { sheetWebLink } from '@/features/staff-posters/draw/sheet-web-link';

const px = (font: string): number => Number(/(\d+)px/.exec(font)?.[1] ?? 0);
const measure = (text: string, font: string): number => [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.55 : 1) * px(font), 0);

const sheet = (overrides: Partial<PosterView> = {}): PosterView => ({
  id: 'AbCdEfGhIjKl', subject: 'item', kind: 'notice', refId: 'n1', township: '石门乡', village: '上坪村', area: '石门乡/上坪村',
  title: 'S205上坪段封闭施工', points: ['12月1日起S205上坪段半幅封闭', '大车请绕行X012线', '施工期间请服从现场指挥'], items: [], month: null,
  webLink: 'https://www.qingxi.gov.cn/jtj/h5/#/pages/notice/index?id=notice-20261201-0001',
  bureau: { name: '清溪县交通运输局', hotline: '0598-1234567' }, day: '2026-12-01', scans: 0, createdByName: '王', createdAt: '2026-12-01T02:00:00.000Z',
  ...overrides,
});
const texts = (steps: PosterStep[]) => steps.flatMap((s) => (s.op === 'text' ? [s] : []));
const codeOf = (steps: PosterStep[]) => steps.find((s): s is Extract<PosterStep, { op: 'code' }> => s.op === 'code');

describe('poster layout', () => {
  it('keeps every line inside the sheet’s margins and clear of the code', () => {
    const steps = posterLayout(sheet({ points: Array.from({ length: 5 }, (_, i) => `第${i + 1}条要点，说明施工期间村民出行要注意的事情，尽量写得通俗好懂一些`) }), measure);
    const code = codeOf(steps);
    expect(code).toBeDefined();
    expect(texts(steps).filter((t) => /^\d\.$/.test(t.text)).map((t) => t.text)).toEqual(['1.', '2.', '3.', '4.', '5.']); // all five fit, smaller if need be
    for (const t of texts(steps)) {
      const width = measure(t.text, t.font);
      const left = t.align === 'right' ? t.x - width : t.align === 'center' ? t.x - width / 2 : t.x;
      expect(left).toBeGreaterThanOrEqual(90);
      expect(left + width).toBeLessThanOrEqual(SHEET.width - 90);
      expect(t.y).toBeLessThanOrEqual(SHEET.height - 90);
      const beside = t.y > (code?.y ?? 0) && t.y < (code?.y ?? 0) + (code?.size ?? 0) + 20;
      if (beside) expect(left).toBeGreaterThanOrEqual((code?.x ?? 0) + (code?.size ?? 0));
    }
  });

  it('prints the title large, the points numbered, the hotline, the place, the date and the web link', () => {
    const steps = posterLayout(sheet(), measure);
    const all = texts(steps).map((t) => t.text);
    expect(texts(steps).find((t) => t.text === 'S205上坪段封闭施工')?.font).toMatch(/^bold 96px/);
    expect(all).toEqual(expect.arrayContaining(['1.', '2.', '3.', '12月1日起S205上坪段半幅封闭', '咨询电话：0598-1234567', '张贴地点：石门乡上坪村', '制作日期：2026年12月1日', '清溪县交通运输局', '通知公开']));
    expect(all.filter((t) => /qingxi|notice-2026/.test(t)).join('')).toBe(sheet().webLink);
    expect(codeOf(steps)?.size).toBeGreaterThanOrEqual(360); // ≥ 6 cm at 150 dpi: scannable from a step away
  });

  it('shrinks a long title to fit three lines', () => {
    const title = '关于清溪县农村公路养护管理与石门乡至白沙村段路面改造施工期间交通组织及客运班线临时调整的通告';
    const lines = texts(posterLayout(sheet({ title }), measure)).filter((t) => t.font.startsWith('bold') && [...t.text].length > 4 && title.includes(t.text));
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(px(lines[0]?.font ?? '')).toBeLessThan(96);
    expect(lines.map((l) => l.text).join('')).toBe(title);
  });

  it('leaves out the web link and hotline when there are none', () => {
    const all = texts(posterLayout(sheet({ webLink: null, bureau: { name: '县交通运输局', hotline: null } }), measure)).map((t) => t.text);
    expect(all.some((t) => t.startsWith('咨询电话') || t.startsWith('不用微信'))).toBe(false);
  });
});

describe('wrapText', () => {
  it('keeps a road code whole and never starts a line with closing punctuation', () => {
    const lines = wrapText('请绕行S205线，谢谢配合。', 6 * 40, 'bold 40px x', measure);
    expect(lines.join('')).toBe('请绕行S205线，谢谢配合。');
    expect(lines.some((l) => /^[，。]/.test(l))).toBe(false);
    expect(lines.some((l) => l.includes('S205'))).toBe(true);
  });
});

describe('paintPoster', () => {
  it('paints white ground and black ink only, with the code where the layout puts it', () => {
    const colours = new Set<string>();
    const drawn: unknown[] = [];
    const ctx: PosterContext = {
      fillStyle: '', strokeStyle: '', lineWidth: 1, font: '', textAlign: 'left', textBaseline: 'alphabetic',
      fillRect: () => colours.add(String(ctx.fillStyle)),
      strokeRect: () => colours.add(String(ctx.strokeStyle)),
      fillText: () => colours.add(String(ctx.fillStyle)),
      drawImage: (...args: unknown[]) => void drawn.push(args),
    };
    const steps = posterLayout(sheet(), measure);
    const code = {} as CanvasImageSource;
    paintPoster(ctx, steps, code);
    expect([...colours].sort()).toEqual(['#000000', '#ffffff']);
    const at = codeOf(steps);
    expect(drawn).toEqual([[code, at?.x, at?.y, at?.size, at?.size]]);
  });
});

describe('sheetWebLink', () => {
  const codeSheet = (overrides: Partial<PosterView>) => ({ ...sheet(overrides), codePng: '' });
  afterEach(() => {
    process.env.TARO_ENV = 'h5';
  });
  it('prints the deployment’s link, else the H5 site the page is served from, and none on weapp without one', () => {
    process.env.TARO_ENV = 'h5';
    expect(sheetWebLink(codeSheet({}))).toBe(sheet().webLink);
    expect(sheetWebLink(codeSheet({ webLink: null }))).toBe(`${window.location.origin}/#/pages/notice/index?id=n1`);
    expect(sheetWebLink(codeSheet({ webLink: null, subject: 'board', kind: null, refId: null }))).toBe(`${window.location.origin}/#/more/poster/index?scene=AbCdEfGhIjKl`);
    process.env.TARO_ENV = 'weapp';
    expect(sheetWebLink(codeSheet({ webLink: null }))).toBeNull();
  });
});
