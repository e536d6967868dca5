// How many records a conditional update changed: 1 or 0 tells whether a fenced step went through.
export const updatedOf = (result: unknown): number => (result as { stats: { updated: number } }).stats.updated;
