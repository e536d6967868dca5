// Each cloud function's time limit and memory, written once: config.json must carry the same figures
// (a test checks; DevTools uploads it with the function), and the client waits for a call by them, so nobody is
// told "failed" while the function may still succeed. Chosen from measured cold starts at production
// size (bench/cold-start.ts, 2 cores): a cold `public` instance reads the search chunks (14 MB at 20,000
// documents, ~5 s) and builds the index before its first search answer: 16.5 s in all, 1.3–1.5 s for
// any other first call. A compact index snapshot would bring that down (README, 运维, what is left).
export const FUNCTION_LIMITS = {
  public: { timeoutS: 30, memoryMb: 512 },
  staff: { timeoutS: 20, memoryMb: 256 },
  jobs: { timeoutS: 60, memoryMb: 256 },
} as const;

export type DeployedFunction = keyof typeof FUNCTION_LIMITS;
