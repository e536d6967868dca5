// Anyone may call; the years with a published annual report, newest first.
import { publicApi } from '#types/api/public';
import { ANNUAL_REPORT_COLLECTION, type AnnualReportDoc } from '#types/models/annual-report';
import { db, docsOf } from '../../_shared/cloud';
import { defineHandler } from '../../_shared/define-handler';

export const listAnnualReports = defineHandler(publicApi.listAnnualReports, 'anyone', async () => {
  const reports = await docsOf<Pick<AnnualReportDoc, '_id' | 'year' | 'lifecycle' | 'publishedAt'>>(
    db.collection(ANNUAL_REPORT_COLLECTION).where({ year: db.command.gte(2019) }).orderBy('year', 'desc').limit(100).field({ year: true, lifecycle: true, publishedAt: true }),
  );
  return { items: reports.filter((r) => r.lifecycle === 'published').map((r) => ({ year: r.year, id: r._id, publishedAt: r.publishedAt.toISOString() })) };
});
