// Scans per poster and per board place, and the places whose posters nobody has scanned yet.
import type { PosterScanReport } from '#types/api/posters';
import type { PosterDoc } from '#types/models/poster';

export function scanReport(posters: readonly PosterDoc[]): PosterScanReport {
  const areas = new Map<string, { area: string; posters: number; scans: number }>();
  for (const p of posters) {
    const row = areas.get(p.area) ?? { area: p.area, posters: 0, scans: 0 };
    row.posters += 1;
    row.scans += p.scans;
    areas.set(p.area, row);
  }
  const rows = [...areas.values()].sort((a, b) => b.scans - a.scans || a.area.localeCompare(b.area, 'zh-CN'));
  return {
    posters: posters.map((p) => ({ id: p._id, subject: p.subject, title: p.title, area: p.area, scans: p.scans, createdByName: p.createdByName, createdAt: p.createdAt.toISOString() })),
    areas: rows,
    silent: rows.filter((r) => r.scans === 0).map((r) => r.area),
  };
}
