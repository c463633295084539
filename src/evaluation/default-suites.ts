/**
 * The question files `npm run eval` asks when given none, relative to the project's root, in the order it reports
 * them: the fictional suites (each with a tuning and a check half), the lookalikes, then the seed.
 */
export const DEFAULT_SUITES: readonly string[] = [
  'news', 'formats', 'followups', 'retellings', 'roundups', 'dispatches', 'briefings', 'capitals', 'crossings', 'homefront', 'salvos', 'frontiers', 'lookalikes', 'seed',
].map((suite) => `tests/eval/${suite}/questions.json`);
