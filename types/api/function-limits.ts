// Each cloud function's time limit and memory, written once: config.json must carry the same figures
// (a test checks; DevTools uploads it with the function), and the client waits for a call by them, so
// nobody is told "failed" while the function may still succeed. Chosen from cold starts measured at
// production size (bench/cold-start.ts, 2 cores, 20,000 searchable documents): a cold `search` instance
// reads every index chunk (14 MB) and builds the index before its first answer, 16.5–34 s depending on
// what else the machine is doing; a cold `public` or `staff` instance answers its first call in 1.3–3.2 s.
// Search has its own function so that only searches wait that long.
export const FUNCTION_LIMITS = {
  public: { timeoutS: 10, memoryMb: 256 },
  staff: { timeoutS: 20, memoryMb: 256 },
  search: { timeoutS: 60, memoryMb: 1024 },
  jobs: { timeoutS: 60, memoryMb: 256 },
} as const;

export type DeployedFunction = keyof typeof FUNCTION_LIMITS;
