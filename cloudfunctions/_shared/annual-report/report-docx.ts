// The annual report as an editable Word document in the national format: the title, the six parts in order,
// the three standard tables intact, standard Chinese fonts and 公文 page margins on A4.
import { Document, Packer, type Paragraph, type Table } from 'docx';
import type { AnnualReportContent } from '#types/models/annual-report';
import { bodyText, heading, title } from './docx-parts';
import { activeTable, applicationsTable, reviewTable } from './report-tables';

const MM = 56.7; // twips per millimetre

export function reportDocument(bureau: string, r: AnnualReportContent): Document {
  const children: (Paragraph | Table)[] = [
    title(`${bureau}${r.year}年政府信息公开工作年度报告`),
    heading('一、总体情况'),
    ...bodyText(r.overview),
    heading('二、主动公开政府信息情况'),
    activeTable(r.figures.active, r.enforcement, r.fees),
    heading('三、收到和处理政府信息公开申请情况'),
    applicationsTable(r.figures.applications),
    heading('四、政府信息公开行政复议、行政诉讼情况'),
    reviewTable(r.review),
    heading('五、存在的主要问题及改进情况'),
    ...bodyText(r.problems),
    heading('六、其他需要报告的事项'),
    ...bodyText(r.other),
  ];
  return new Document({
    creator: bureau,
    title: `${r.year}年政府信息公开工作年度报告`,
    sections: [{ properties: { page: { size: { width: 210 * MM, height: 297 * MM }, margin: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM } } }, children }],
  });
}

export const reportDocx = (bureau: string, r: AnnualReportContent): Promise<Buffer> => Packer.toBuffer(reportDocument(bureau, r));
