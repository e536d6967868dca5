// A stored service guide as the client sees it.
import type { ServiceListItem, ServiceView } from '#types/api/service-views';
import type { RatingSummary, ServiceDoc } from '#types/models/service';

export function averageOf(r: RatingSummary): number | null {
  if (!r.count) return null;
  const sum = r.levels.reduce((total, n, i) => total + n * (i + 1), 0);
  return Math.round((sum / r.count) * 10) / 10;
}

export function toServiceItem(s: ServiceDoc): ServiceListItem {
  return {
    id: s._id, name: s.name, kind: s.kind, summary: s.summary, lifeEvents: s.lifeEvents, statutoryDays: s.statutoryDays, promisedDays: s.promisedDays,
    rating: { count: s.ratings.count, average: averageOf(s.ratings) },
  };
}

export function toServiceView(s: ServiceDoc, myRating: ServiceView['myRating'], qas: ServiceView['qas']): ServiceView {
  return {
    ...toServiceItem(s), basis: s.basis, eligibility: s.eligibility, materials: s.materials, steps: s.steps, fees: s.fees, places: s.places,
    hotline: s.hotline, onlineUrl: s.onlineUrl, ratings: s.ratings, myRating, updatedAt: s.updatedAt.toISOString(),
    withdrawnNote: s.lifecycle === 'withdrawn' ? s.lifecycleNote : null,
    qas,
  };
}
