// The import file format (`npm run import -- file.json`, and the admin import action):
//
// { "items": [ { "kind": "policy" | "qa" | "term" | "project" | "projectUpdate" | "inspection" | "service" | "consultation" | "guide" | "bureau" | "proposal", "externalId": "…", "content": { … }, "changeNote": "…" } ] }
//
// - externalId identifies the item across imports: importing the same id again updates that item
//   (a new version when the content changed, nothing when it did not).
//   The guide and the bureau have one document each: their externalId is kept in the file but always
//   names that document.
// - content has the shape staff edit (see content-input.ts): dates as "YYYY-MM-DD", a policy's body as
//   { "format": "text" | "html", "source": "…" } (HTML is reduced to plain blocks; scripts are refused).
// - references are external ids of the same file or an earlier import: a Q&A's "policyId" and "serviceId" (the service guide that does what it answers), a policy's
//   "replaces" (the older policy it supersedes), a progress update's or inspection's "projectId".
// - "publishedAt" (optional, ISO date-time) carries over when a record was first published elsewhere,
//   for migrating history; without it the import time is used.
import * as v from 'valibot';
import { CONTENT_KINDS } from '../models/revision';
import { isoInstant } from './calendar-day';
import { prose } from './text-rule';

/** Notices are pushed to phones when published, so staff compose them; they are not imported. */
export const IMPORTABLE_KINDS = CONTENT_KINDS.filter((kind) => kind !== 'notice');

export const importItemSchema = v.strictObject({
  kind: v.picklist(IMPORTABLE_KINDS),
  externalId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,48}$/)),
  content: v.unknown(),
  changeNote: v.optional(prose(100, 0), ''),
  publishedAt: v.optional(isoInstant),
});

export type ImportItem = v.InferOutput<typeof importItemSchema>;

export const importFileSchema = v.strictObject({ items: v.array(v.unknown()) });
