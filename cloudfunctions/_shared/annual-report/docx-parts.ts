// The typographic pieces of a Chinese government document in Word: runs in the standard fonts (仿宋_GB2312
// for the body, 黑体 for first-level headings, 宋体 for the title and the tables), body paragraphs with a
// two-character first-line indent, and table cells with spans.
import { AlignmentType, Paragraph, TableCell, TextRun, VerticalAlign } from 'docx';

export const FONTS = { body: '仿宋_GB2312', heading: '黑体', title: '宋体', table: '宋体' } as const;
/** Half-points: 二号 22 pt, 三号 16 pt, 五号 10.5 pt, 小五 9 pt. */
export const SIZES = { title: 44, body: 32, table: 21, small: 18 } as const;

export const run = (text: string, font: string, size: number, bold = false): TextRun =>
  new TextRun({ text, bold, size, font: { ascii: font, eastAsia: font, hAnsi: font, cs: font } });

export const title = (text: string): Paragraph => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [run(text, FONTS.title, SIZES.title, true)] });

export const heading = (text: string): Paragraph => new Paragraph({ indent: { firstLine: 640 }, spacing: { before: 120, after: 120 }, children: [run(text, FONTS.heading, SIZES.body)] });

/** One paragraph per line of staff text, each indented two characters (三号: 2 × 16 pt = 640 twips). */
export const bodyText = (text: string): Paragraph[] =>
  text.split('\n').filter((l) => l.trim()).map((l) => new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: [run(l.trim(), FONTS.body, SIZES.body)] }));

export interface CellOptions {
  columnSpan?: number;
  rowSpan?: number;
  size?: number;
  bold?: boolean;
}

export const cell = (text: string | number, options: CellOptions = {}): TableCell =>
  new TableCell({
    columnSpan: options.columnSpan,
    rowSpan: options.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(String(text), FONTS.table, options.size ?? SIZES.table, options.bold)] })],
  });
