// Service guides as the client sees them.
import type { Material, Place, RatingSummary, ServiceKind, Step } from '../models/service';

export interface ServiceListItem {
  id: string;
  name: string;
  kind: ServiceKind;
  summary: string;
  lifeEvents: string[];
  statutoryDays: number | null;
  promisedDays: number | null;
  rating: { count: number; average: number | null };
}

export interface ServiceView extends ServiceListItem {
  basis: string;
  eligibility: string;
  materials: Material[];
  steps: Step[];
  fees: string;
  places: Place[];
  hotline: string;
  onlineUrl: string | null;
  ratings: RatingSummary;
  /** The signed-in person's own rating, if any. */
  myRating: { level: number; comment: string } | null;
  updatedAt: string;
  withdrawnNote: string | null;
  /** Published Q&A that name this guide as the way to do what they answer. */
  qas: { id: string; question: string }[];
}

export interface ServiceGap {
  id: string;
  name: string;
  gaps: string[];
}
