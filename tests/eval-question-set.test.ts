import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { namesSpeaker } from '../src/answer/speaker.js';
import { loadCorpus } from '../src/corpus/load.js';
import { prepareEvalWorkspace } from '../src/evaluation/eval-corpus.js';
import { CATEGORIES, loadQuestionSet, parseQuestionSet } from '../src/evaluation/question-set.js';
import { splitSentences } from '../src/text/sentences.js';
import { TEST_CORPUS_DIR } from './support/engine-config.js';

const QUESTIONS = 'tests/eval/questions.json';

describe('the question set format', () => {
  it('resolves the fixtures folder against the question file', () => {
    const set = parseQuestionSet({ fixtures: 'fixtures', questions: [{ question: 'q', expect: ['a'], category: 'date' }] }, 'tests/eval/q.json');
    expect(set.fixturesDir).toBe(path.resolve('tests/eval/fixtures'));
    expect(parseQuestionSet({ questions: [{ question: 'q', expect: null }] }, 'q.json').fixturesDir).toBeNull();
  });

  it('reads a question set without categories: fragments make a paraphrase, none an off-topic question', () => {
    const { questions } = parseQuestionSet({ questions: [{ question: 'a', expect: ['x'] }, { question: 'b', expect: null }] }, 'q.json');
    expect(questions.map((q) => q.category)).toEqual(['paraphrase', 'off-topic']);
  });

  it('rejects a category that contradicts expect, an unknown category and an unknown field', () => {
    const parse = (raw: unknown) => () => parseQuestionSet(raw, 'q.json');
    expect(parse({ questions: [{ question: 'q', expect: null, category: 'number' }] })).toThrow(/needs `expect` fragments/);
    expect(parse({ questions: [{ question: 'q', expect: ['x'], category: 'unanswerable' }] })).toThrow(/expect: null/);
    expect(parse({ questions: [{ question: 'q', expect: ['x'], category: 'trivia' }] })).toThrow(/q\.json is not a valid question set/);
    expect(parse({ fixture: 'typo', questions: [{ question: 'q', expect: ['x'] }] })).toThrow(/fixture/);
  });
});

describe('the shipped evaluation questions and fixtures', () => {
  it('cover every category with at least 60 questions, 8 of them unanswerable, each asked once', async () => {
    const { questions, fixturesDir } = await loadQuestionSet(QUESTIONS);
    expect(fixturesDir).toBe(path.resolve('tests/eval/fixtures'));
    expect(questions.length).toBeGreaterThanOrEqual(60);
    for (const category of CATEGORIES) expect(questions.some((q) => q.category === category), category).toBe(true);
    expect(questions.filter((q) => q.category === 'unanswerable').length).toBeGreaterThanOrEqual(8);
    expect(new Set(questions.map((q) => q.question.toLowerCase())).size).toBe(questions.length);
  });

  it('expect only fragments that occur verbatim in the corpus or the fixtures (else a question could never hit)', async () => {
    const { questions, fixturesDir } = await loadQuestionSet(QUESTIONS);
    const bodies = [...(await loadCorpus(TEST_CORPUS_DIR)).articles, ...(await loadCorpus(fixturesDir!)).articles].map((a) => a.body);
    const missing = questions.flatMap((q) => (q.expect ?? []).filter((f) => !bodies.some((body) => body.includes(f))).map((f) => `${q.question} → ${f}`));
    expect(missing).toEqual([]);
  });

  it('name the speaker in who-said fragments: each lies in a sentence that attributes a claim and holds a name', async () => {
    const { questions, fixturesDir } = await loadQuestionSet(QUESTIONS);
    const bodies = [...(await loadCorpus(TEST_CORPUS_DIR)).articles, ...(await loadCorpus(fixturesDir!)).articles].map((a) => a.body);
    const sentences = bodies.flatMap((body) => splitSentences(body).map((s) => body.slice(s.start, s.end)));
    for (const q of questions.filter((item) => item.category === 'who-said')) {
      for (const fragment of q.expect!) {
        expect(fragment, q.question).toMatch(/[A-Z][a-z]/);
        expect(sentences.some((s) => s.includes(fragment) && namesSpeaker(s)), `${q.question} → ${fragment}`).toBe(true);
      }
    }
  });

  it('are unmistakably fictional fixtures, valid, and kept out of corpus/', async () => {
    const fixtures = await loadCorpus('tests/eval/fixtures');
    expect(fixtures.problems).toEqual([]);
    expect(fixtures.articles.length).toBeGreaterThanOrEqual(4);
    for (const article of fixtures.articles) {
      expect(article.title).toMatch(/^Test fixture: /);
      expect(article.publisher).toMatch(/\(fictional\)$/);
      expect(new URL(article.url!).hostname).toMatch(/\.example$/);
      expect(article.body.trim().split(/\n\s*\n/)[0]).toMatch(/invented for testing/);
    }
    const corpus = await loadCorpus('corpus');
    expect(corpus.articles.filter((a) => a.title.startsWith('Test fixture:') || (a.url ?? '').includes('.example/'))).toEqual([]);
  });
});

describe('prepareEvalWorkspace', () => {
  const made: string[] = [];
  const dir = async (files: Record<string, string>) => {
    const d = await mkdtemp(path.join(tmpdir(), 'conflict-desk-evaltest-'));
    made.push(d);
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(d, name), text);
    return d;
  };
  const article = (title: string) => `---\ntitle: "${title}"\n---\n\nA paragraph with more than five words in it.\n`;
  afterEach(async () => {
    await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it('copies the corpus and the fixtures into a temporary folder, leaves the originals alone and deletes the copy', async () => {
    const corpus = await dir({ 'real.md': article('Real') });
    const fixtures = await dir({ 'fixture-a.md': article('Test fixture: A'), 'notes.json': '{}' });
    const workspace = await prepareEvalWorkspace(corpus, fixtures);
    expect(workspace.fixtureArticles).toBe(1);
    expect((await readdir(workspace.corpusDir)).sort()).toEqual(['fixture-a.md', 'real.md']);
    expect(path.dirname(workspace.indexDir)).toBe(path.dirname(workspace.corpusDir));
    expect(await readdir(corpus)).toEqual(['real.md']);
    expect(await readFile(path.join(workspace.corpusDir, 'fixture-a.md'), 'utf8')).toBe(article('Test fixture: A'));
    await workspace.dispose();
    await expect(readdir(path.dirname(workspace.corpusDir))).rejects.toThrow();
  });

  it('says so when the fixtures folder is missing', async () => {
    const corpus = await dir({ 'real.md': article('Real') });
    await expect(prepareEvalWorkspace(corpus, path.join(corpus, 'no-such-folder'))).rejects.toThrow(/fixtures folder .*no-such-folder.*ENOENT/);
  });

  it('refuses an invalid fixture, naming the file', async () => {
    const corpus = await dir({ 'real.md': article('Real') });
    const fixtures = await dir({ 'bad.md': '---\ntitle: "x"\nsource: nope\n---\n\nText of the bad fixture here.\n' });
    await expect(prepareEvalWorkspace(corpus, fixtures)).rejects.toThrow(/bad\.md/);
  });

  it('refuses a fixture that would replace or clash with a corpus article', async () => {
    const corpus = await dir({ 'same.md': article('Real'), 'other.txt': 'Other\n\nA paragraph with more than five words in it.\n' });
    await expect(prepareEvalWorkspace(corpus, await dir({ 'same.md': article('Test fixture: B') }))).rejects.toThrow(/same\.md.*same file name/);
    await expect(prepareEvalWorkspace(corpus, await dir({ 'other.md': article('Test fixture: C') }))).rejects.toThrow(/clash/);
  });
});
