// What the search page receives: whether anything answers the question, the glossary term it names
// (one definition card, never ranked among the answers), and the hits.
import type { SearchHitView } from './policy-views';

export interface SearchResultHit extends SearchHitView {
  /** Below the bar for an answer: shown as 「可能相关」, after the ask-us path. */
  weak: boolean;
  /** （已废止）, （已被替代） or （已过期） when the item no longer applies; null while it does. */
  label: string | null;
  /** A Q&A's service guide: where to go to do what the answer describes. */
  guide: { title: string; path: string } | null;
}

export interface DefinitionCard {
  refId: string;
  term: string;
  plain: string;
  path: string;
}

export interface SearchResult {
  /** False when nothing answers well enough: the page offers 我要提问 first. */
  answered: boolean;
  definition: DefinitionCard | null;
  hits: SearchResultHit[];
  /** This search's record in the search log, for saying a hit was opened. */
  logId: string;
}
