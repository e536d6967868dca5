// Each cloud function's time limit and memory, written once: config.json must carry the same figures
// (a test checks), the deploy script sets them, and the client waits for a call by them, so nobody is
// told "failed" while the function may still succeed. Chosen from measured cold starts at production
// size (see README, 运维): a cold `public` instance loads the search index before its first answer.
export const FUNCTION_LIMITS = {
  public: { timeoutS: 10, memoryMb: 512 },
  staff: { timeoutS: 20, memoryMb: 256 },
  jobs: { timeoutS: 60, memoryMb: 256 },
} as const;

export type DeployedFunction = keyof typeof FUNCTION_LIMITS;
