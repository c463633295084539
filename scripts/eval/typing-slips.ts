/**
 * How the engine bears members' typing slips: asks the answerable questions of the tuning halves and of the seed as
 * written, then with two neighbouring letters of one of their dictionary words swapped ("sgined" for "signed", the
 * word and the place drawn with a fixed seed), with the shipped profile and with the respelling stage
 * off. Prints how many are answered with a hit first and how many get the verdict
 * `answered`. The check halves are never asked. Run with `npx tsx scripts/eval/typing-slips.ts`.
 */
import { answerQuestion } from '../../src/answer/engine.js';
import type { ScoringProfile } from '../../src/answer/scoring-profile.js';
import { DEFAULT_PROFILE, withoutStage } from '../../src/answer/scoring-profile.js';
import { loadEngineConfig } from '../../src/config/engine-config.js';
import type { EvalQuestion } from '../../src/evaluation/question-set.js';
import { isAnswerableCategory, loadQuestionSet } from '../../src/evaluation/question-set.js';
import type { SuiteIndex } from '../../src/evaluation/run-evaluation.js';
import { indexSuite } from '../../src/evaluation/run-evaluation.js';
import { isDictionaryWord } from '../../src/text/synonyms.js';
import { seededRandom } from './seeded-random.js';

const SUITES = ['news', 'formats', 'followups', 'retellings', 'roundups', 'seed'];
const SEED = 20261202;
const LEFT_AS_TYPED = withoutStage(DEFAULT_PROFILE, 'respelling');

// The question with two neighbouring letters of one of its dictionary words of five letters or more swapped, the
// first letter kept; null when it has no such word.
function withSlip(question: string, draw: () => number): string | null {
  const words = question.split(/\s+/).filter((word) => /^[a-z]{5,}$/.test(word) && isDictionaryWord(word));
  if (words.length === 0) return null;
  const word = words[Math.floor(draw() * words.length)]!;
  const at = 1 + Math.floor(draw() * (word.length - 2));
  return question.replace(word, word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2));
}

async function judged(suite: SuiteIndex, item: EvalQuestion, question: string, profile: ScoringProfile) {
  const answer = await answerQuestion(suite.index, suite.embedder, question, { top: 3, profile });
  const first = answer.quotes[0]?.text.toLowerCase() ?? '';
  return { hitFirst: item.expect!.some((fragment) => first.includes(fragment.toLowerCase())), answered: answer.verdict === 'answered' };
}

const config = loadEngineConfig({ ...process.env, ALLOW_MODEL_DOWNLOAD: 'false' });
const draw = seededRandom(SEED);
const rows = { 'as written': [0, 0], 'with a slip, respelled': [0, 0], 'with a slip, left as typed': [0, 0] };
let asked = 0;
for (const name of SUITES) {
  const set = await loadQuestionSet(`tests/eval/${name}/questions.json`);
  const suite = await indexSuite(set, config, () => {});
  try {
    for (const item of set.questions) {
      if (item.half === 'check' || !item.expect || (item.category && !isAnswerableCategory(item.category))) continue;
      const slipped = withSlip(item.question, draw);
      if (slipped === null) continue;
      asked++;
      const outcomes = {
        'as written': await judged(suite, item, item.question, DEFAULT_PROFILE),
        'with a slip, respelled': await judged(suite, item, slipped, DEFAULT_PROFILE),
        'with a slip, left as typed': await judged(suite, item, slipped, LEFT_AS_TYPED),
      };
      for (const [row, { hitFirst, answered }] of Object.entries(outcomes)) {
        rows[row as keyof typeof rows][0]! += Number(hitFirst);
        rows[row as keyof typeof rows][1]! += Number(answered);
      }
    }
  } finally {
    await suite.dispose();
  }
}
console.log(`${asked} answerable questions of the tuning halves and the seed, each with one typing slip:\n`);
console.log('| asked | hit first | verdict answered |\n| --- | ---: | ---: |');
for (const [row, [hits, answered]] of Object.entries(rows)) console.log(`| ${row} | ${hits} | ${answered} |`);
