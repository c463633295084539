import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/engine.js';
import { InvalidQuestionError } from '../src/answer/question.js';
import { DEFAULT_PROFILE, withoutStage } from '../src/answer/scoring-profile.js';
import type { Article } from '../src/corpus/article.js';
import { contentParagraphs } from '../src/corpus/content-paragraphs.js';
import { loadCorpus } from '../src/corpus/load.js';
import type { Embedder } from '../src/embedding/embedder.js';
import type { PassageIndex } from '../src/index/open.js';
import { refreshIndex } from '../src/index/refresh.js';
import { splitSentences } from '../src/text/sentences.js';
import { testEngineConfig } from './support/engine-config.js';

let index: PassageIndex;
let embedder: Embedder;
let articles: Map<string, Article>;
const ask = (question: string, top = 3) => answerQuestion(index, embedder, question, { top });

// Every sentence of an article's content paragraphs, as offsets into its body.
const sentencesOf = (body: string) => contentParagraphs(body).flatMap((p) => splitSentences(body.slice(p.start, p.end), p.start));

beforeAll(async () => {
  const config = await testEngineConfig();
  ({ index, embedder } = await refreshIndex(config, { warn: () => {} }));
  articles = new Map((await loadCorpus(config.corpusDir)).articles.map((a) => [a.id, a]));
});

describe('answering from the test corpus with the offline model', () => {
  it('answers a paraphrased question about troop numbers with a figure from the article', async () => {
    const answer = await ask('How many soldiers has Pyongyang dispatched to fight for Moscow?');
    expect(answer.verdict).toBe('answered');
    expect(answer.quotes.some((q) => /3,000|10,000/.test(q.text))).toBe(true);
  });

  it('ranks a figure of the thing counted above a vague amount of it', async () => {
    const answer = await ask('How many North Korean soldiers are going to Russia?');
    expect(answer.quotes[0]?.text).toMatch(/\d,000 (?:North Korean )?(?:troops|soldiers)/);
  });

  it('shows the quote that states the answer before a passage ranked above it that does not', async () => {
    const question = 'How many North Korean troops are fighting for Russia?';
    const shown = await ask(question);
    const ranked = await answerQuestion(index, embedder, question, { profile: withoutStage(DEFAULT_PROFILE, 'statingFirst') });
    expect(ranked.quotes[0]?.text).not.toMatch(/\d,000/);
    expect(shown.quotes[0]?.text).toMatch(/\d,000 (?:North Korean )?(?:troops|soldiers)/);
    expect(shown.quotes.map((q) => q.passageId).sort()).toEqual(ranked.quotes.map((q) => q.passageId).sort());
  });

  it('calls an answer related, saying so first, when its articles never mention a name the question asks about', async () => {
    const answer = await ask('What has China said about the North Korean troops in Russia?');
    expect(answer.verdict).toBe('related');
    expect(answer.notes[0]).toBe('The corpus does not answer this directly. The closest passages:');
  });

  it('calls an answer related when its articles never mention the thing a "how many" question counts', async () => {
    expect((await ask('How many tanks has North Korea delivered to Russia?')).verdict).toBe('related');
  });

  it('calls an answer answered when its articles mention every name and the thing counted', async () => {
    expect((await ask('How many North Korean soldiers are going to Russia?')).verdict).toBe('answered');
    expect((await ask('Where did Putin and Kim Jong Un meet?')).verdict).toBe('answered');
  });

  it('shows the quick-start question’s differing figures for its paraphrase too', async () => {
    for (const question of ['How many North Korean soldiers are going to Russia?', 'How many troops is North Korea sending to help Russia?']) {
      expect((await ask(question)).differing?.map((d) => d.figure)).toEqual(['10,000', '3,000']);
    }
  });

  it('gives its last place to a passage ranked below it when that shows another source’s figure', async () => {
    const answer = await ask('How many troops is North Korea sending to help Russia?', 2);
    expect(answer.quotes.map((q) => q.article.id)).toHaveLength(2);
    expect(answer.differing).toEqual([
      { figure: '10,000', source: 'The Kyiv Independent', quote: 0 },
      { figure: '3,000', source: 'Politico', quote: 1 },
    ]);
  });

  it('scores a quote by its own relevance, whether or not the vector search returned its passage', async () => {
    const question = 'What did Zelenskyy say about North Korea?';
    const few = { ...DEFAULT_PROFILE, candidatesPerQuote: 1 };
    const wide = await answerQuestion(index, embedder, question);
    const narrow = await answerQuestion(index, embedder, question, { profile: few });
    const scoreIn = (answer: typeof wide, passageId: string) => answer.quotes.find((q) => q.passageId === passageId)?.score;
    const shared = narrow.quotes.filter((q) => scoreIn(wide, q.passageId) !== undefined);
    expect(shared.length).toBeGreaterThan(0);
    for (const quote of shared) expect(quote.score).toBeCloseTo(scoreIn(wide, quote.passageId)!, 10);
  });

  it('does not answer how many were killed with how many were sent', async () => {
    const answer = await ask('How many North Korean soldiers have been killed in Ukraine?');
    expect(answer.verdict).toBe('related');
    expect(answer.differing).toBeNull();
  });

  it('quotes character for character: each quote is the article body between its offsets', async () => {
    for (const question of ['What did Zelenskyy say about North Korea?', 'Why is Russia buying North Korean shells?', 'What is the Buryat Battalion?']) {
      const { quotes } = await ask(question);
      expect(quotes.length, question).toBeGreaterThan(0);
      for (const quote of quotes) {
        expect(articles.get(quote.article.id)!.body.slice(quote.start, quote.end)).toBe(quote.text);
      }
    }
  });

  it('attributes each quote to its article and says nothing it does not know', async () => {
    const [quote] = (await ask('When did the war in Ukraine begin?')).quotes;
    expect(quote!.article).toEqual({
      id: 'north-korean-military-fighting-alongside-russia',
      title: 'Is North Korean military fighting alongside Russia in Ukraine?',
      publisher: null,
      url: null,
      published: null,
    });
  });

  it('finds the Cyrillic-spelt Сosmodrome when the user types a Latin C', async () => {
    const answer = await ask('Vostochny Cosmodrome');
    expect(answer.quotes[0]!.text).toContain('Vostochny Сosmodrome');
  });

  it.each(['kimchi recipe', 'What is the capital of Australia?', 'asdkjh qwpoeiru zxmcnv', 'Who won the football World Cup?'])(
    'refuses the off-topic question "%s"',
    async (question) => {
      const answer = await ask(question);
      expect(answer).toMatchObject({ verdict: 'refused', quotes: [] });
    },
  );

  it('answers a question with a typing slip as it answers the question typed right, showing it as typed', async () => {
    const typed = await ask('How many soldiers has Pyongyang dispatched to fight for Moscow?');
    const slipped = await ask('How many sodliers has Pyongyang dispatched to fight for Moscow?');
    expect(slipped.question).toBe('How many sodliers has Pyongyang dispatched to fight for Moscow?');
    expect(slipped.verdict).toBe(typed.verdict);
    expect(slipped.quotes.map((q) => q.text)).toEqual(typed.quotes.map((q) => q.text));
  });

  it('reads a typing slip as typed with the respelling stage off', async () => {
    const typed = await ask('How many soldiers has Pyongyang dispatched to fight for Moscow?');
    const asTyped = await answerQuestion(index, embedder, 'How many sodliers has Pyongyang dispatched to fight for Moscow?', { profile: withoutStage(DEFAULT_PROFILE, 'respelling') });
    expect(asTyped.quotes.map((q) => q.text)).not.toEqual(typed.quotes.map((q) => q.text));
  });

  it('returns at most as many quotes as asked for', async () => {
    expect((await ask('North Korean troops in Russia', 1)).quotes).toHaveLength(1);
  });

  it('quotes one to three whole sentences', async () => {
    for (const question of ['What weapons has North Korea given Russia?', 'What did Zelenskyy say about North Korea?', 'Where is Buryatia?']) {
      const { quotes } = await ask(question);
      expect(quotes.length, question).toBeGreaterThan(0);
      for (const quote of quotes) {
        const sentences = sentencesOf(articles.get(quote.article.id)!.body);
        const first = sentences.findIndex((s) => s.start === quote.start);
        const last = sentences.findIndex((s) => s.end === quote.end);
        expect(first, `${quote.text} starts a sentence`).toBeGreaterThanOrEqual(0);
        expect(last, `${quote.text} ends a sentence`).toBeGreaterThanOrEqual(first);
        expect(last - first + 1, `${quote.text} is one to three sentences`).toBeLessThanOrEqual(3);
      }
    }
  });

  it('names the model of the index that answered', async () => {
    expect((await ask('North Korean troops')).model).toBe(index.manifest.model);
  });

  it('rejects an empty question with a message saying what to do', async () => {
    await expect(ask('  \u200b ')).rejects.toThrow(InvalidQuestionError);
    await expect(ask('')).rejects.toThrow(/question is empty/);
  });

  it('rejects a question far longer than anyone would type', async () => {
    await expect(ask('war '.repeat(3000))).rejects.toThrow(/too long/);
  });
});
