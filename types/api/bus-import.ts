// The answer to a bus routes CSV import.
export interface BusImportResult {
  /** Routes in the file. */
  routes: number;
  /** New or changed routes now waiting for review (or published, for the demo seed). */
  submitted: number;
  /** Routes the same as their published version, or already waiting for review as they are. */
  unchanged: number;
  /** The revisions written, for the review page. */
  revisionIds: string[];
}
