// Editors and reviewers: the year's report as an editable Word document — the published version, or a
// revision (a draft for sign-off before approval). Written to the functions' own `generated/` folder and
// answered as a temporary link.
import { staffApi } from '#types/api/staff';
import type { AnnualReportContent } from '#types/models/annual-report';
import { BUREAU_COLLECTION, BUREAU_FALLBACK_NAME, BUREAU_ID, type BureauDoc } from '#types/models/bureau';
import { REVISION_COLLECTION, type RevisionDoc } from '#types/models/revision';
import { failedPrecondition, notFound } from '../../_shared/app-error';
import { reportDocx } from '../../_shared/annual-report/report-docx';
import { reportOfYear } from '../../_shared/annual-report/report-view';
import { cloud, db, docOrNull } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';
import { fileUrls } from '../../_shared/file-urls';

async function contentToExport(year: number, revisionId: string | undefined): Promise<{ content: AnnualReportContent; tag: string }> {
  if (revisionId) {
    const r = await docOrNull<RevisionDoc>(db.collection(REVISION_COLLECTION).doc(revisionId));
    if (!r || r.kind !== 'annualReport' || r.content.year !== year) throw notFound(`${year} 年度报告的这份修订`);
    return { content: r.content as unknown as AnnualReportContent, tag: `r-${revisionId}` };
  }
  const published = await reportOfYear(year);
  if (!published || published.lifecycle !== 'published') throw failedPrecondition(`${year} 年度报告还没有发布：可以导出草稿（选择一份修订）`);
  return { content: published, tag: `v${published.version}` };
}

export const exportAnnualReport = defineHandler(staffApi.exportAnnualReport, ['editor', 'reviewer'], async ({ year, revisionId }) => {
  const { content, tag } = await contentToExport(year, revisionId);
  const bureau = (await docOrNull<BureauDoc>(db.collection(BUREAU_COLLECTION).doc(BUREAU_ID)))?.name?.trim() || BUREAU_FALLBACK_NAME;
  const bytes = await reportDocx(bureau, content);
  const { fileID } = (await cloud.uploadFile({ cloudPath: `generated/annual-report/${year}-${tag}.docx`, fileContent: bytes })) as { fileID: string };
  const url = (await fileUrls([fileID])).get(fileID);
  if (!url) throw failedPrecondition('文件已生成，但暂时取不到下载链接，请稍后再试');
  return { fileId: fileID, url, bytes: bytes.length, name: `${bureau}${year}年政府信息公开工作年度报告.docx` };
});
