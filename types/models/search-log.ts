// What people search for, kept to learn what they look for and do not find: the question with phone,
// ID and plate numbers masked, how many hits, how well the best one covered it, whether it counted as
// answered and whether a hit was opened. Never who asked (no OPENID). Kept as long as the retention
// settings say (180 days unless an admin changes it, see retention.ts).
export const SEARCH_LOG_COLLECTION = 'search_log';

export interface SearchLogDoc {
  _id: string;
  /** The question as typed, numbers that identify someone masked. */
  q: string;
  /** The question reduced for grouping (no spaces or punctuation, lower case). */
  key: string;
  /** The Monday (Beijing) of the week it was asked, 'YYYY-MM-DD'. */
  week: string;
  at: Date;
  results: number;
  /** Coverage of the best hit, 0–1 (see search-answer). */
  topScore: number;
  answered: boolean;
  opened: boolean;
}
