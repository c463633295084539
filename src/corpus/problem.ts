/** Something wrong with one corpus file; the file is skipped (or, with --strict, indexing stops). */
export interface CorpusProblem {
  path: string;
  field: string | null;
  message: string;
}

export function describeProblem(problem: CorpusProblem): string {
  const where = problem.field ? `${problem.path} (${problem.field})` : problem.path;
  return `${where}: ${problem.message}`;
}
