import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { namesSpeaker, opensWithQuotation } from '../src/answer/speaker.js';
import type { Article } from '../src/corpus/article.js';
import { loadCorpus } from '../src/corpus/load.js';
import { DEFAULT_SUITES } from '../src/evaluation/default-suites.js';
import { prepareEvalWorkspace } from '../src/evaluation/eval-corpus.js';
import type { QuestionSet } from '../src/evaluation/question-set.js';
import { ATTRIBUTION_CATEGORIES, CATEGORIES, loadQuestionSet, parseQuestionSet } from '../src/evaluation/question-set.js';
import { splitSentences } from '../src/text/sentences.js';

describe('the question set format', () => {
  it('resolves the article folders against the question file', () => {
    const set = parseQuestionSet({ corpus: ['articles', '../more'], questions: [{ question: 'q', expect: ['a'], category: 'date' }] }, 'tests/eval/news/q.json');
    expect(set.corpusDirs).toEqual([path.resolve('tests/eval/news/articles'), path.resolve('tests/eval/more')]);
    expect(set.name).toBe('news');
    expect(parseQuestionSet({ questions: [{ question: 'q', expect: null }] }, 'q.json').corpusDirs).toBeNull();
  });

  it('reads a question set without categories: fragments make a paraphrase, none an off-topic question', () => {
    const { questions } = parseQuestionSet({ questions: [{ question: 'a', expect: ['x'] }, { question: 'b', expect: null }] }, 'q.json');
    expect(questions.map((q) => q.category)).toEqual(['paraphrase', 'off-topic']);
  });

  it('takes according-to and disagreement questions as answerable, with a note and a half', () => {
    const set = parseQuestionSet(
      {
        questions: [
          { question: 'a', expect: ['x'], category: 'according-to', half: 'tune' },
          { question: 'b', expect: ['y', 'z'], category: 'disagreement', half: 'check', note: 'two estimates' },
        ],
      },
      'q.json',
    );
    expect(set.hasHalves).toBe(true);
    expect(set.questions.map((q) => [q.category, q.half, q.note])).toEqual([
      ['according-to', 'tune', undefined],
      ['disagreement', 'check', 'two estimates'],
    ]);
  });

  it('rejects a category that contradicts expect, an unknown category, an unknown field and a half given to some questions only', () => {
    const parse = (raw: unknown) => () => parseQuestionSet(raw, 'q.json');
    expect(parse({ questions: [{ question: 'q', expect: null, category: 'disagreement' }] })).toThrow(/needs `expect` fragments/);
    expect(parse({ questions: [{ question: 'q', expect: ['x'], category: 'unanswerable' }] })).toThrow(/expect: null/);
    expect(parse({ questions: [{ question: 'q', expect: ['x'], category: 'trivia' }] })).toThrow(/q\.json is not a valid question set/);
    expect(parse({ corpora: ['typo'], questions: [{ question: 'q', expect: ['x'] }] })).toThrow(/corpora/);
    expect(parse({ questions: [{ question: 'q', expect: ['x'], expects: ['typo'] }] })).toThrow(/expects/);
    expect(parse({ questions: [{ question: 'q', expect: ['x'], half: 'tune' }, { question: 'r', expect: ['y'] }] })).toThrow(/every question names its `half`/);
    expect(parse({ questions: [{ question: 'q', expect: ['x'], half: 'train' }] })).toThrow(/half/);
  });
});

interface Suite {
  file: string;
  set: QuestionSet;
  articles: Article[];
}

const suites = new Map<string, Suite>();

beforeAll(async () => {
  for (const file of DEFAULT_SUITES) {
    const set = await loadQuestionSet(file);
    const articles = [];
    for (const dir of set.corpusDirs ?? []) {
      const loaded = await loadCorpus(dir);
      expect(loaded.problems, dir).toEqual([]);
      articles.push(...loaded.articles);
    }
    suites.set(file, { file, set, articles });
  }
});

const suite = (file: string) => suites.get(file)!;

describe.each(DEFAULT_SUITES)('the suite %s', (file) => {
  it('names its own article folders, none of them the live corpus', () => {
    const dirs = suite(file).set.corpusDirs;
    expect(dirs?.length).toBeGreaterThan(0);
    for (const dir of dirs!) expect(path.relative(path.resolve('corpus'), dir)).toMatch(/^\.\./);
  });

  it('expects only fragments that occur verbatim in its articles (else a question could never hit)', () => {
    const bodies = suite(file).articles.map((a) => a.body);
    const missing = suite(file).set.questions.flatMap((q) => (q.expect ?? []).filter((f) => !bodies.some((body) => body.includes(f))).map((f) => `${q.question} → ${f}`));
    expect(missing).toEqual([]);
  });

  it('puts every who-said and according-to fragment in a sentence that attributes speech', () => {
    const attributed = (fragment: string) =>
      suite(file).articles.some(({ body }) => {
        const spans = splitSentences(body);
        for (let at = body.indexOf(fragment); at !== -1; at = body.indexOf(fragment, at + 1)) {
          // The sentences the fragment lies in (more than one where the splitter breaks after "Gen." or "Maj.").
          const first = spans.findIndex((s) => s.end > at);
          const last = spans.findIndex((s) => s.end >= at + fragment.length);
          const text = body.slice(spans[first]!.start, spans[last]!.end);
          // A quotation may open a sentence and have its speaker named in the next one.
          if (namesSpeaker(text) || (opensWithQuotation(text) && namesSpeaker(body.slice(spans[last + 1]?.start ?? 0, spans[last + 1]?.end ?? 0)))) return true;
        }
        return false;
      });
    const unattributed = suite(file)
      .set.questions.filter((q) => ATTRIBUTION_CATEGORIES.includes(q.category))
      .flatMap((q) => q.expect!.filter((f) => !attributed(f)).map((f) => `${q.question} → ${f}`));
    expect(unattributed).toEqual([]);
  });

  it('asks no question twice', () => {
    const keys = suite(file).set.questions.map((q) => q.question.toLowerCase().replace(/\s+/g, ' ').trim());
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });
});

describe('the news suite', () => {
  const news = () => suite('tests/eval/news/questions.json');

  it('has at least 30 articles from at least 10 outlets', () => {
    expect(news().articles.length).toBeGreaterThanOrEqual(30);
    expect(new Set(news().articles.map((a) => a.publisher)).size).toBeGreaterThanOrEqual(10);
  });

  it('has at least 120 questions, at least 30 of them on-topic and unanswerable, and every category', () => {
    const { questions } = news().set;
    expect(questions.length).toBeGreaterThanOrEqual(120);
    expect(questions.filter((q) => q.category === 'unanswerable').length).toBeGreaterThanOrEqual(30);
    for (const category of CATEGORIES) expect(questions.some((q) => q.category === category), category).toBe(true);
  });

  it('splits every category into a tuning and a check half that differ by at most one question', () => {
    const { set } = news();
    expect(set.hasHalves).toBe(true);
    for (const category of CATEGORIES) {
      const inCategory = set.questions.filter((q) => q.category === category);
      const tune = inCategory.filter((q) => q.half === 'tune').length;
      expect(Math.abs(tune - (inCategory.length - tune)), category).toBeLessThanOrEqual(1);
    }
  });

  it('is fictional: every article is on an .example site, and none is in corpus/', async () => {
    for (const article of news().articles) expect(new URL(article.url!).hostname, article.id).toMatch(/\.example$/);
    const live = await loadCorpus('corpus');
    expect(live.articles.filter((a) => (a.url ?? '').includes('.example/'))).toEqual([]);
  });
});

describe('the seed suite', () => {
  const seed = () => suite('tests/eval/seed/questions.json');

  it('is asked over one frozen copy of the seed article, with no halves', async () => {
    expect(seed().articles.map((a) => a.id)).toEqual(['north-korean-military-fighting-alongside-russia']);
    expect(seed().set.hasHalves).toBe(false);
  });

  it('has answerable, unanswerable and off-topic questions', () => {
    const categories = new Set(seed().set.questions.map((q) => q.category));
    for (const category of ['paraphrase', 'who-said', 'number', 'date', 'unanswerable', 'off-topic'] as const) expect(categories.has(category), category).toBe(true);
  });
});

describe('prepareEvalWorkspace', () => {
  const made: string[] = [];
  const dir = async (files: Record<string, string>) => {
    const d = await mkdtemp(path.join(tmpdir(), 'conflict-desk-evaltest-'));
    made.push(d);
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(d, name)), { recursive: true });
      await writeFile(path.join(d, name), text);
    }
    return d;
  };
  const article = (title: string) => `---\ntitle: "${title}"\n---\n\nA paragraph with more than five words in it.\n`;
  afterEach(async () => {
    await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it('copies the articles of every folder into one temporary corpus, leaves the originals alone and deletes the copy', async () => {
    const first = await dir({ 'a.md': article('A'), 'notes.json': '{}' });
    const second = await dir({ 'b.md': article('B') });
    const workspace = await prepareEvalWorkspace([first, second]);
    expect(workspace.articles.map((a) => a.id).sort()).toEqual(['a', 'b']);
    expect((await readdir(workspace.corpusDir)).sort()).toEqual(['a.md', 'b.md']);
    expect(path.dirname(workspace.indexDir)).toBe(path.dirname(workspace.corpusDir));
    expect((await readdir(first)).sort()).toEqual(['a.md', 'notes.json']);
    expect(await readFile(path.join(workspace.corpusDir, 'b.md'), 'utf8')).toBe(article('B'));
    await workspace.dispose();
    await expect(readdir(path.dirname(workspace.corpusDir))).rejects.toThrow();
  });

  it('says so when a folder is missing', async () => {
    const first = await dir({ 'a.md': article('A') });
    await expect(prepareEvalWorkspace([first, path.join(first, 'no-such-folder')])).rejects.toThrow(/article folder .*no-such-folder.*ENOENT/);
  });

  it('refuses an invalid article, naming the file', async () => {
    const bad = await dir({ 'bad.md': '---\ntitle: "x"\nsource: nope\n---\n\nText of the bad article here.\n' });
    await expect(prepareEvalWorkspace([bad])).rejects.toThrow(/bad\.md/);
  });

  it('refuses two folders holding the same article id, naming both', async () => {
    const first = await dir({ 'same.md': article('A') });
    const second = await dir({ 'same.txt': 'Same\n\nA paragraph with more than five words in it.\n' });
    await expect(prepareEvalWorkspace([first, second])).rejects.toThrow(new RegExp(`same is in both ${first}.*${second}`));
  });
});
