/**
 * The `ask --json` contract as README.md documents it: the keys of its table are exactly the keys printed, and each
 * value keeps the promise the table makes, for an answer and for a question that cannot be answered.
 */
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineConfig } from '../src/config/engine-config.js';
import type { AnswerJson } from '../src/answer/answer-json.js';
import { loadCorpus } from '../src/corpus/load.js';
import { testEngineConfig } from './support/engine-config.js';

const run = promisify(execFile);
// Fictional articles with publishers and URLs (the test corpus records neither).
const FIXTURES = path.resolve('tests/eval/news/articles');
let shipped: EngineConfig;
let fixtures: EngineConfig;

beforeAll(async () => {
  shipped = await testEngineConfig();
  fixtures = await testEngineConfig({ corpusDir: FIXTURES });
});

afterAll(async () => {
  for (const config of [shipped, fixtures]) if (config) await rm(config.indexDir, { recursive: true, force: true });
});

/** `npm run ask -- --json …` with a throwaway index and the offline model; each stdout line parsed. */
async function askJson(config: EngineConfig, ...args: string[]) {
  const result = await run(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--json', '--corpus', config.corpusDir, ...args], {
    env: { ...process.env, INDEX_DIR: config.indexDir, MODELS_DIR: config.modelsDir, EMBEDDING_MODEL: config.model, ALLOW_MODEL_DOWNLOAD: 'false' },
  }).catch((error: { stdout: string; stderr: string; code: number }) => error);
  const objects = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  return { objects, code: 'code' in result ? result.code : 0 };
}

/**
 * What README.md's contract section documents: the key names in the first column of its table, in order (top-level
 * ones and those of a quote), and the keys of its example error object.
 */
async function documentedKeys(): Promise<{ answer: string[]; quote: string[]; error: string[] }> {
  const readme = await readFile('README.md', 'utf8');
  const section = readme.split('### The `ask --json` contract')[1]!.split('\n#')[0]!;
  const names = [...section.matchAll(/^\| (`[^|]+`) \|/gm)].flatMap((row) => [...row[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
  const example = JSON.parse(section.split('```json\n')[1]!.split('\n```')[0]!) as Record<string, unknown>;
  return {
    answer: names.filter((name) => !name.includes('.')),
    quote: names.filter((name) => name.startsWith('quotes[].')).map((name) => name.slice('quotes[].'.length)),
    error: Object.keys(example),
  };
}

/** A batch file of questions, inside the throwaway index folder that afterAll removes. */
async function batchFile(questions: string[]): Promise<string> {
  const file = path.join(shipped.indexDir, 'questions.txt');
  await writeFile(file, `${questions.join('\n')}\n`);
  return file;
}

type QuoteJson = AnswerJson['quotes'][number];

describe('ask --json, as README.md documents it', () => {
  it('prints exactly the keys the README table lists, in its order, for the answer and for each quote', async () => {
    const { objects, code } = await askJson(shipped, 'How many North Korean soldiers are going to Russia?');
    expect(code).toBe(0);
    const documented = await documentedKeys();
    expect(Object.keys(objects[0]!)).toEqual(documented.answer);
    const quotes = objects[0]!.quotes as QuoteJson[];
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(Object.keys(quote)).toEqual(documented.quote);
  });

  it('gives each quote its words verbatim between start and end of the article body, a score in [0, 1] and its article', async () => {
    const { objects } = await askJson(fixtures, 'How many North Korean soldiers have been sent to Russia?');
    const bodies = new Map((await loadCorpus(FIXTURES)).articles.map((article) => [article.id, article]));
    const quotes = objects[0]!.quotes as QuoteJson[];
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const article = bodies.get(quote.article.id)!;
      expect(article.body.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.score).toBeGreaterThanOrEqual(0);
      expect(quote.score).toBeLessThanOrEqual(1);
      expect(quote.article).toEqual({ id: article.id, title: article.title, publisher: article.publisher, url: article.url, published: article.published });
    }
  });

  it('links each quote to its article URL with a text fragment, and gives null where the corpus records no URL', async () => {
    const withUrl = (await askJson(fixtures, 'How many North Korean soldiers have been sent to Russia?')).objects[0]!.quotes as QuoteJson[];
    for (const quote of withUrl) expect(quote.link?.startsWith(`${quote.article.url}#:~:text=`), quote.link ?? 'null').toBe(true);
    const withoutUrl = (await askJson(shipped, 'Where is Buryatia?')).objects[0]!.quotes as QuoteJson[];
    expect(withoutUrl.map((quote) => quote.link)).toEqual(withoutUrl.map(() => null));
  });

  it('says answered only for the answered verdict, and names each differing figure as written in the quote it cites', async () => {
    const { objects } = await askJson(shipped, '--batch', await batchFile(['How many North Korean soldiers are going to Russia?', 'Where is Buryatia?', 'kimchi recipe']));
    expect(objects).toHaveLength(3);
    for (const answer of objects) {
      expect(['answered', 'related', 'refused']).toContain(answer.verdict);
      expect(answer.answered).toBe(answer.verdict === 'answered');
      expect((answer.notes as unknown[]).every((note) => typeof note === 'string')).toBe(true);
      if (answer.verdict === 'refused') expect(answer.quotes).toEqual([]);
      const quotes = answer.quotes as QuoteJson[];
      for (const figure of (answer.differing ?? []) as { figure: string; source: string; quote: number }[]) {
        expect(Object.keys(figure)).toEqual(['figure', 'source', 'quote']);
        expect(quotes[figure.quote]!.text).toContain(figure.figure);
      }
    }
    expect(objects[0]!.differing).not.toBeNull();
    expect(objects[2]!.verdict).toBe('refused');
  });

  it('prints the documented error object and exits 2 for a question not in English', async () => {
    const { objects, code } = await askJson(shipped, 'Сколько северокорейских солдат воюет за Россию?');
    expect(code).toBe(2);
    expect(Object.keys(objects[0]!)).toEqual(['question', 'answered', 'verdict', 'notes', 'differing', 'quotes', 'model', 'error']);
    expect(Object.keys(objects[0]!)).toEqual((await documentedKeys()).error);
    expect(objects[0]).toMatchObject({
      question: 'Сколько северокорейских солдат воюет за Россию?',
      answered: false,
      verdict: 'refused',
      notes: [],
      differing: null,
      quotes: [],
      model: shipped.model,
    });
    expect(objects[0]!.error).toMatch(/^Вопрос задан по-русски/);
  });

  it('prints the same error object for an empty question, with the message that says so', async () => {
    const { objects, code } = await askJson(shipped, '   ');
    expect(code).toBe(2);
    expect(objects[0]).toMatchObject({ answered: false, verdict: 'refused', quotes: [], error: expect.stringMatching(/^The question is empty/) });
  });
});
