import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineConfig } from '../src/config/engine-config.js';
import { copyOfCorpus, testEngineConfig } from './support/engine-config.js';

const run = promisify(execFile);
let config: EngineConfig;

// Runs a CLI entry point as `npm run` would, on the test corpus, with a throwaway index and the offline model.
async function cli(script: string, args: string[], env: Partial<NodeJS.ProcessEnv> = {}) {
  const result = await run(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    env: { ...process.env, CORPUS_DIR: config.corpusDir, INDEX_DIR: config.indexDir, MODELS_DIR: config.modelsDir, EMBEDDING_MODEL: config.model, ALLOW_MODEL_DOWNLOAD: 'false', ...env },
  }).catch((error: { stdout: string; stderr: string; code: number }) => error);
  return { stdout: result.stdout, stderr: result.stderr, code: 'code' in result ? result.code : 0 };
}

beforeAll(async () => {
  config = await testEngineConfig();
});

describe('the command line', () => {
  it('ask --json prints exactly one JSON object with the agreed fields, building the index on first use', async () => {
    const { stdout, stderr, code } = await cli('ask', ['--json', 'How many North Korean soldiers are going to Russia?']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(['question', 'answered', 'verdict', 'notes', 'differing', 'quotes', 'model']);
    expect(answer).toMatchObject({ question: 'How many North Korean soldiers are going to Russia?', answered: true, model: config.model });
    expect(Object.keys(answer.quotes[0])).toEqual(['text', 'score', 'link', 'start', 'end', 'article']);
    expect(answer.quotes[0].article).toEqual({
      id: 'north-korean-military-fighting-alongside-russia',
      title: 'Is North Korean military fighting alongside Russia in Ukraine?',
      publisher: null,
      url: null,
      published: null,
    });
    expect(stderr).toContain('Indexed 1 article(s), 18 passages');
  });

  it('ask prints a readable answer with attribution by default', async () => {
    const { stdout } = await cli('ask', ['When did the war in Ukraine begin?']);
    expect(stdout).toContain('Q: When did the war in Ukraine begin?');
    expect(stdout).toContain('— Is North Korean military fighting alongside Russia in Ukraine? · publisher not recorded · date not recorded');
    expect(stdout).toContain('verbatim from the corpus');
  });

  it('ask says plainly when the corpus has nothing on a question', async () => {
    const { stdout, code } = await cli('ask', ['kimchi recipe']);
    expect(code).toBe(0);
    expect(stdout).toContain('The corpus has nothing on this question');
  });

  it('ask --batch answers each non-empty line with one JSON object per line', async () => {
    const batch = path.join(config.indexDir, 'questions.txt');
    await writeFile(batch, 'Where is Buryatia?\n\nkimchi recipe\n');
    const { stdout } = await cli('ask', ['--json', '--batch', batch]);
    const answers = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(answers.map((a) => [a.question, a.answered])).toEqual([
      ['Where is Buryatia?', true],
      ['kimchi recipe', false],
    ]);
  });

  it('ask rejects an unknown flag with the usage line and exit code 2', async () => {
    const { stderr, code } = await cli('ask', ['--jsn', 'question']);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: npm run ask --');
  });

  it('ask rejects an empty question with a message and exit code 2', async () => {
    const { stderr, code } = await cli('ask', ['   ']);
    expect(code).toBe(2);
    expect(stderr).toContain('The question is empty');
  });

  it('sources --json lists the indexed articles and the index state', async () => {
    await cli('reindex', []);
    const { stdout, code } = await cli('sources', ['--json']);
    expect(code).toBe(0);
    const sources = JSON.parse(stdout);
    expect(sources.articles).toEqual([
      {
        id: 'north-korean-military-fighting-alongside-russia',
        title: 'Is North Korean military fighting alongside Russia in Ukraine?',
        publisher: null,
        url: null,
        published: null,
        passages: 18,
      },
    ]);
    expect(sources.index).toEqual({ model: config.model, builtAt: expect.any(String), stale: false });
  });

  it('sources reports a stale index after the corpus changed', async () => {
    const corpusDir = await copyOfCorpus();
    await cli('reindex', ['--corpus', corpusDir]);
    await writeFile(path.join(corpusDir, 'new.md'), '---\ntitle: New\n---\nA new article about the war in Ukraine.\n');
    const { stdout } = await cli('sources', ['--json', '--corpus', corpusDir]);
    expect(JSON.parse(stdout).index.stale).toBe(true);
  });

  it('reindex prints a summary naming skipped files and why', async () => {
    const corpusDir = await copyOfCorpus();
    await writeFile(path.join(corpusDir, 'bad.md'), '---\ntitle: Bad\npublished: yesterday\n---\nText of the article.\n');
    const { stdout, code } = await cli('reindex', ['--full', '--corpus', corpusDir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Indexed 1 article\(s\) into 18 passages with .+ in [\d.]+ s\./);
    expect(stdout).toContain('bad.md (published):');
  });

  it('reindex --strict exits non-zero when a file is broken', async () => {
    const corpusDir = await copyOfCorpus();
    await writeFile(path.join(corpusDir, 'bad.md'), 'no front matter\n');
    const { stderr, code } = await cli('reindex', ['--strict', '--corpus', corpusDir]);
    expect(code).toBe(1);
    expect(stderr).toContain('bad.md: has no YAML front matter');
  });
});
