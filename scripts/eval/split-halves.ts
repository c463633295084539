/**
 * Merges a suite's two writers' question files (questions-a.json and questions-b.json, each a list of questions or
 * `{ questions }`) into its questions.json and splits them ONCE into a tuning half and a check half: within each
 * category, a shuffle seeded with SEED, alternating tune/check. The halves are part of the file from then on and
 * never drawn again; the writers' files are removed, and stay in the history. Run with
 * `npx tsx scripts/eval/split-halves.ts <suite folder>`.
 *
 * tests/eval/news was split from the writers' files of commit ce055bd and edited by hand afterwards, halves kept:
 * three off-topic questions that asked another's question in other words were dropped ("who won the champions
 * league final in 2024?", "any good recipe for kimchi jjigae", "when's the next total solar eclipse visible from
 * europe"), two who-said fragments that lay outside the sentence naming the speaker were dropped or widened, and
 * "according to hangil research how many…" became a number question. tests/eval/formats was split from the
 * writers' files of the commit that added them; afterwards two according-to fragments that lay in no sentence of
 * speech ("released by the Open Hull Project shows…", "The group… counted the boxes") were dropped, halves kept.
 * tests/eval/followups was split from the writers' files of the commit that added them. tests/eval/retellings was
 * split from the writers' files of the commit that added them; afterwards two according-to questions whose fragments
 * lay in no sentence of speech (a lab's imagery "shows…"; a transcript's line under "PARK:") became paraphrases, and
 * four according-to fragments outside the sentence of speech were dropped from questions that keep one, halves kept.
 * tests/eval/roundups was split from the writers' files of the commit that added them; afterwards one who-said fragment
 * whose sentence reports speech with "thanked…, saying", which the speaker test does not read, was dropped from a
 * question that keeps another, halves kept. tests/eval/dispatches, tests/eval/briefings, tests/eval/capitals,
 * tests/eval/crossings, tests/eval/homefront, tests/eval/salvos and tests/eval/frontiers were split from the writers'
 * files of the commits that added them.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { seededRandom } from './seeded-random.js';

const SEED = 20261201;
const SOURCES = ['questions-a.json', 'questions-b.json'];
const FOLDER = process.argv[2];
if (!FOLDER) throw new Error('Usage: npx tsx scripts/eval/split-halves.ts <suite folder, e.g. tests/eval/formats>');

interface Written {
  question: string;
  category: string;
  expect: string[] | null;
  note?: string;
}

const next = seededRandom(SEED);
const written: Written[] = [];
for (const file of SOURCES) {
  const parsed = JSON.parse(await readFile(`${FOLDER}/${file}`, 'utf8')) as Written[] | { questions: Written[] };
  written.push(...(Array.isArray(parsed) ? parsed : parsed.questions));
}
const byCategory = new Map<string, Written[]>();
for (const q of written) byCategory.set(q.category, [...(byCategory.get(q.category) ?? []), q]);
const half = new Map<Written, 'tune' | 'check'>();
for (const group of byCategory.values()) {
  const shuffled = group.map((q) => ({ q, key: next() })).sort((a, b) => a.key - b.key);
  shuffled.forEach(({ q }, i) => half.set(q, i % 2 === 0 ? 'tune' : 'check'));
}
const questions = written.map((q) => ({ half: half.get(q)!, category: q.category, question: q.question, expect: q.expect, ...(q.note ? { note: q.note } : {}) }));
const articles = (await readdir(`${FOLDER}/articles`)).filter((name) => name.endsWith('.md'));
const outlets = new Set(articles.map((name) => name.split('--')[0]));
const about =
  `Fictional news corpus (articles/, ${articles.length} articles from ${outlets.size} invented outlets) and member-style ` +
  `questions, split once by scripts/eval/split-halves.ts (seed ${SEED}) into a tuning half and a check half: weights ` +
  'and rules are tuned on "tune" only; "check" measures them. `expect`: fragments of a correct answer (a quote holding ' +
  'one is a hit); null for questions the corpus does not answer (unanswerable: on-topic near misses; off-topic).';
await writeFile(`${FOLDER}/questions.json`, `${JSON.stringify({ about, corpus: ['articles'], questions }, null, 1)}\n`);
for (const file of SOURCES) await rm(`${FOLDER}/${file}`);
console.log(`${questions.length} questions: ${questions.filter((q) => q.half === 'tune').length} tune, ${questions.filter((q) => q.half === 'check').length} check`);
