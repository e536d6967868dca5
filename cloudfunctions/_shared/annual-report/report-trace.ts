// What a figure in the report is made of: the records behind each cell, and the records the report could
// not place (listed for staff, never silently dropped).
export interface TracedRecord {
  id: string;
  /** What staff recognise it by: a tracking number and the request, a document number and title. */
  label: string;
}

export interface UnplacedRecord extends TracedRecord {
  kind: 'application' | 'policy';
  problems: string[];
}

/** Cell key → the ids behind it, and id → label. */
export class Trace {
  readonly cells = new Map<string, string[]>();
  readonly labels = new Map<string, string>();

  add(cell: string, record: TracedRecord): void {
    this.labels.set(record.id, record.label);
    const ids = this.cells.get(cell);
    if (ids) ids.push(record.id);
    else this.cells.set(cell, [record.id]);
  }

  records(cell: string): TracedRecord[] {
    return (this.cells.get(cell) ?? []).map((id) => ({ id, label: this.labels.get(id) ?? id }));
  }
}
