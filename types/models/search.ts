// The search index. Cloud DB has no full-text search, so entries live in a fixed number of chunk
// documents (a published item always hashes to the same chunk); functions load the chunks, keep an
// in-memory inverted index, and refresh only the chunks updated since they last looked.

export const SEARCH_COLLECTION = 'search_chunks';
export const SEARCH_CHUNKS = 64;

export const SEARCH_KINDS = ['policy', 'qa', 'term', 'project', 'notice', 'service', 'consultation', 'guide', 'bureau', 'proposal', 'busRoute'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = { policy: '政策', qa: '问答', term: '术语', project: '项目', notice: '通知', service: '办事', consultation: '意见征集', guide: '公开指南', bureau: '机构信息', proposal: '建议提案', busRoute: '公交' };

export interface SearchEntry {
  kind: SearchKind;
  refId: string;
  title: string;
  /** Readable prose searched and quoted in snippets (capped in length). */
  text: string;
  /** Words searched but never quoted: labels, names, numbers (类别、乡镇、文号、别名…), which read as a
   * heap of index words when a snippet shows them. */
  keywords?: string;
  /** The mini-program page that shows it, with its query. */
  path: string;
  /** A policy no longer in force: repealed, or superseded by `successorId`. Absent while in force. */
  standing?: 'repealed' | 'superseded';
  successorId?: string;
  /** When it stops applying (a notice's end, a policy's expiry): ranked lower and labelled after it. */
  endsAt?: Date | null;
  /** A Q&A's service guide: the service that does what the answer describes. */
  serviceId?: string | null;
}

export interface SearchChunkDoc {
  _id: string;
  updatedAt: Date;
  entries: Record<string, SearchEntry>;
}

export const SEARCH_TEXT_MAX = 600;
export const SEARCH_KEYWORDS_MAX = 300;
