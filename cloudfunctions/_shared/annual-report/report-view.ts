// A published report as citizens and the export read it, and the one way to find a year's report.
import type { AnnualReportView } from '#types/api/annual-report';
import { ANNUAL_REPORT_COLLECTION, type AnnualReportDoc } from '#types/models/annual-report';
import { db, docsOf } from '../cloud';

/** The year's report document, published or withdrawn (at most one exists per year). */
export async function reportOfYear(year: number): Promise<AnnualReportDoc | null> {
  return (await docsOf<AnnualReportDoc>(db.collection(ANNUAL_REPORT_COLLECTION).where({ year }).limit(1)))[0] ?? null;
}

export function toReportView(r: AnnualReportDoc): AnnualReportView {
  return {
    id: r._id, year: r.year, version: r.version, publishedAt: r.publishedAt.toISOString(),
    overview: r.overview, problems: r.problems, other: r.other, enforcement: r.enforcement, fees: r.fees, review: r.review, figures: r.figures,
  };
}
