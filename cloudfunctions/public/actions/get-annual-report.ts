// Anyone may call; a year's published 政府信息公开工作年度报告 (a withdrawn one is not found).
import { publicApi } from '#types/api/public';
import { notFound } from '../../_shared/app-error';
import { reportOfYear, toReportView } from '../../_shared/annual-report/report-view';
import { defineHandler } from '../../_shared/define-handler';

export const getAnnualReport = defineHandler(publicApi.getAnnualReport, 'anyone', async ({ year }) => {
  const r = await reportOfYear(year);
  if (!r || r.lifecycle !== 'published') throw notFound(`${year} 年政府信息公开工作年度报告`);
  return toReportView(r);
});
