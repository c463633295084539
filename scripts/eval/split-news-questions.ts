/**
 * Run once (seed 20261201) to make tests/eval/news/questions.json: merges the two writers' question files and
 * splits the questions into a tuning half and a check half, stratified by category, with a seeded shuffle. Within
 * each category the shuffled questions alternate between the halves; a category with an odd count gives its extra
 * question to the half that is smaller so far, so that the halves stay equal overall too. Three off-topic questions
 * that the second writer asked in nearly the first writer's words are dropped before the split. The writers' files were
 * removed after the merge (they are in the history of the evalcorpus branch); the script refuses to overwrite
 * the merged file, because a second split would let questions move from the check half into the tuning half.
 *
 * Usage: npx tsx scripts/eval/split-news-questions.ts [SEED]
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EvalQuestion, Half } from '../../src/evaluation/question-set.js';
import { CATEGORIES, parseQuestionSet } from '../../src/evaluation/question-set.js';

const DIR = 'tests/eval/news';
const INPUTS = ['questions-a.json', 'questions-b.json'];
const OUTPUT = path.join(DIR, 'questions.json');
const SEED = Number(process.argv[2] ?? 20261201);

const ABOUT =
  'The news suite: fictional wire and newspaper copy from invented outlets (articles/, never in corpus/), and ' +
  'questions written the way members ask them. `expect` lists fragments of a correct answer (a quote containing any ' +
  'of them is a hit); null when no article answers. Categories: paraphrase, who-said and according-to (fragments lie ' +
  'in a sentence that attributes the words), number, date, disagreement (sources give different figures: the answer ' +
  'should say that sources differ) are answerable; unanswerable (on-topic near misses: must not be presented as ' +
  'answered) and off-topic (must be refused). `half`: "tune" questions may be looked at and tuned on; "check" ' +
  `questions only measure, and their misses are never printed for tuning. Split once by scripts/eval/split-news-questions.ts, seed ${SEED}.`;

// A small linear congruential generator (the constants of Numerical Recipes): the same seed, the same split.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function shuffled<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

try {
  await access(OUTPUT);
  throw new Error(`${OUTPUT} exists: the questions were split once already; edit that file instead of splitting again.`);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}

const questions: EvalQuestion[] = [];
for (const name of INPUTS) {
  const file = path.join(DIR, name);
  questions.push(...parseQuestionSet(JSON.parse(await readFile(file, 'utf8')), file).questions);
}
// The two writers wrote these off-topic questions in nearly the same words; a copy in each half would leak.
const NEAR_DUPLICATES_DROPPED = [
  'who won the champions league final in 2024?',
  'any good recipe for kimchi jjigae',
  "when's the next total solar eclipse visible from europe",
];
for (const dropped of NEAR_DUPLICATES_DROPPED) {
  const at = questions.findIndex((q) => q.question === dropped);
  if (at === -1) throw new Error(`No question "${dropped}" to drop.`);
  questions.splice(at, 1);
}
const seen = new Set<string>();
for (const q of questions) {
  const key = q.question.toLowerCase().replace(/\s+/g, ' ');
  if (seen.has(key)) throw new Error(`Asked twice: ${q.question}`);
  seen.add(key);
}

const next = random(SEED);
const halfOf = new Map<EvalQuestion, Half>();
const sizes: Record<Half, number> = { tune: 0, check: 0 };
for (const category of CATEGORIES) {
  const group = shuffled(questions.filter((q) => q.category === category), next);
  const first: Half = sizes.tune <= sizes.check ? 'tune' : 'check';
  const second: Half = first === 'tune' ? 'check' : 'tune';
  group.forEach((q, i) => {
    const half = i % 2 === 0 ? first : second;
    halfOf.set(q, half);
    sizes[half] += 1;
  });
}

const merged = {
  about: ABOUT,
  corpus: ['articles'],
  questions: questions.map((q) => ({
    question: q.question,
    category: q.category,
    half: halfOf.get(q)!,
    expect: q.expect,
    ...(q.note === undefined ? {} : { note: q.note }),
  })),
};
parseQuestionSet(merged, OUTPUT);
await writeFile(OUTPUT, `${JSON.stringify(merged, null, 1)}\n`);
process.stdout.write(`${OUTPUT}: ${questions.length} questions, ${sizes.tune} tune and ${sizes.check} check (seed ${SEED}).\n`);
