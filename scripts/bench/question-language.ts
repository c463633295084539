// npm run bench:language — what the language check adds to a process that parses questions: resident memory and
// time to import src/answer/question-language (and to answer one question with it), each in a fresh process, median
// of 9. "alone" imports it first; "after search terms" imports src/retrieval/terms first, as the bot and the CLI
// do, so that what both load (the stopword lists, the domain's names) is not counted. Runs on the compiled build.
// Usage: node dist/scripts/bench/question-language.js [MODULE], MODULE a compiled language module to measure instead.
import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const RUNS = 9;
const MB = 1024 * 1024;
const here = fileURLToPath(import.meta.url);

interface Reading {
  importMs: number;
  importMb: number;
  firstQuestionMs: number;
}

if (process.argv[2] === '--once') {
  const [, , , target, before] = process.argv as [string, string, string, string, string];
  // The first dynamic import sets up the module loader, which any module would pay for.
  await import('node:path');
  if (before !== '-') await import(before);
  const rss = process.memoryUsage().rss;
  const start = performance.now();
  const { questionLanguage } = (await import(target)) as { questionLanguage: (question: string) => string | null };
  const imported = performance.now();
  const importMb = (process.memoryUsage().rss - rss) / MB;
  questionLanguage('Wie viele nordkoreanische Soldaten kämpfen für Russland?');
  const reading: Reading = { importMs: imported - start, importMb, firstQuestionMs: performance.now() - imported };
  process.stdout.write(JSON.stringify(reading));
} else {
  const moduleUrl = process.argv[2] ? pathToFileURL(process.argv[2]).href : new URL('../../src/answer/question-language.js', import.meta.url).href;
  const termsUrl = new URL('../../src/retrieval/terms.js', import.meta.url).href;
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log('| imported | import time | resident memory added | first question |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [label, before] of [['alone', '-'], ['after search terms', termsUrl]] as const) {
    const readings: Reading[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { stdout } = await run(process.execPath, [here, '--once', moduleUrl, before]);
      readings.push(JSON.parse(stdout) as Reading);
    }
    const ms = median(readings.map((r) => r.importMs));
    const mb = median(readings.map((r) => r.importMb));
    const first = median(readings.map((r) => r.firstQuestionMs));
    console.log(`| ${label} | ${ms.toFixed(0)} ms | ${mb.toFixed(1)} MB | ${first.toFixed(1)} ms |`);
  }
}
