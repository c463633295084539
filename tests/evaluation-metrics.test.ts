import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/answer/answer.js';
import type { QuestionOutcome } from '../src/evaluation/metrics.js';
import { failureOf, rates, scoreAnswer, summarise } from '../src/evaluation/metrics.js';
import type { Category, EvalQuestion } from '../src/evaluation/question-set.js';
import { formatReport } from '../src/evaluation/report.js';

function answer(quotes: { text: string; passageId?: string }[]): Answer {
  return {
    question: 'q',
    verdict: quotes.length > 0 ? 'answered' : 'refused',
    quotes: quotes.map(({ text, passageId = 'a#0' }) => ({
      text,
      score: 0.5,
      link: null,
      article: { id: passageId.split('#')[0]!, title: 't', publisher: null, url: null, published: null },
      passageId,
      start: 0,
      end: text.length,
    })),
    notes: [],
    differing: null,
    model: 'm',
    indexBuiltAt: '2026-01-01T00:00:00.000Z',
  };
}

const question = (category: Category, expect: string[] | null): EvalQuestion => ({ question: `a ${category} question`, category, expect });

function outcome(category: Category, fields: Partial<QuestionOutcome> = {}): QuestionOutcome {
  const answerable = category !== 'off-topic' && category !== 'unanswerable';
  return { question: 'q', category, answerable, answered: true, marked: false, hitRank: null, passageHitRank: null, quotes: [], ...fields };
}

describe('scoreAnswer', () => {
  const passages: Record<string, string> = {
    'a#0': 'Intro sentence. The figure is 12,000 troops.',
    'a#1': 'Something else entirely.',
  };
  const lookup = (id: string) => passages[id];

  it('ranks the first quote containing any expected fragment, 1-based', () => {
    const scored = scoreAnswer(
      question('number', ['10,000', '12,000 troops']),
      answer([{ text: 'Something else entirely.', passageId: 'a#1' }, { text: 'The figure is 12,000 troops.' }]),
      lookup,
    );
    expect(scored).toMatchObject({ category: 'number', answerable: true, answered: true, hitRank: 2, passageHitRank: 2 });
    expect(scored.quotes).toEqual([
      { text: 'Something else entirely.', articleId: 'a' },
      { text: 'The figure is 12,000 troops.', articleId: 'a' },
    ]);
  });

  it('matches fragments exactly (case and punctuation count)', () => {
    expect(scoreAnswer(question('number', ['12,000 Troops']), answer([{ text: 'The figure is 12,000 troops.' }]), lookup).hitRank).toBeNull();
  });

  it('finds the answer in the passage when the quoted sentences left it out', () => {
    const scored = scoreAnswer(question('number', ['12,000 troops']), answer([{ text: 'Intro sentence.' }]), lookup);
    expect(scored).toMatchObject({ hitRank: null, passageHitRank: 1 });
  });

  it('falls back to the quote itself for a passage the lookup does not know', () => {
    const scored = scoreAnswer(question('date', ['June']), answer([{ text: 'Signed in June.', passageId: 'gone#3' }]), lookup);
    expect(scored).toMatchObject({ hitRank: 1, passageHitRank: 1 });
  });

  it('never scores a hit for a question to refuse, and records whether it was answered', () => {
    expect(scoreAnswer(question('unanswerable', null), answer([{ text: 'Anything.' }]), lookup)).toMatchObject({
      answerable: false,
      answered: true,
      hitRank: null,
      passageHitRank: null,
    });
    expect(scoreAnswer(question('off-topic', null), answer([]), lookup)).toMatchObject({ answerable: false, answered: false });
  });
});

describe('failureOf', () => {
  it('is null for a top-1 hit and for a refused question to refuse', () => {
    expect(failureOf(outcome('paraphrase', { hitRank: 1, passageHitRank: 1 }))).toBeNull();
    expect(failureOf(outcome('off-topic', { answered: false }))).toBeNull();
    expect(failureOf(outcome('unanswerable', { answered: false }))).toBeNull();
  });

  it('tells refusal, retrieval, ranking and quote selection apart', () => {
    expect(failureOf(outcome('who-said', { answered: false }))).toBe('refused');
    expect(failureOf(outcome('who-said'))).toBe('retrieval');
    expect(failureOf(outcome('number', { hitRank: 3, passageHitRank: 3 }))).toBe('ranking');
    expect(failureOf(outcome('date', { hitRank: null, passageHitRank: 2 }))).toBe('quote-selection');
    // The first passage held the answer but its quote dropped it; a later quote has it.
    expect(failureOf(outcome('date', { hitRank: 3, passageHitRank: 1 }))).toBe('quote-selection');
  });

  it('flags a question to refuse that got quotes', () => {
    expect(failureOf(outcome('unanswerable'))).toBe('answered');
    expect(failureOf(outcome('off-topic'))).toBe('answered');
  });

  it('accepts a marked answer to an unanswerable question, but not to an off-topic one', () => {
    expect(failureOf(outcome('unanswerable', { marked: true }))).toBeNull();
    expect(failureOf(outcome('off-topic', { marked: true }))).toBe('answered');
  });
});

describe('rates and summarise', () => {
  const outcomes = [
    outcome('paraphrase', { hitRank: 1 }),
    outcome('paraphrase', { hitRank: 2 }),
    outcome('who-said', { hitRank: 3 }),
    outcome('number', { hitRank: null }),
    outcome('date', { answered: false }),
    outcome('off-topic', { answered: false }),
    outcome('off-topic', { answered: false }),
    outcome('off-topic'),
    outcome('unanswerable'),
    outcome('unanswerable', { answered: false }),
  ];

  it('computes hit@1, hit@3, MRR and false refusals over answerable questions only', () => {
    const r = rates(outcomes);
    expect(r).toMatchObject({ questions: 10, answerable: 5, offTopic: 3, unanswerable: 2 });
    expect(r.hitAt1).toBeCloseTo(1 / 5);
    expect(r.hitAt3).toBeCloseTo(3 / 5);
    expect(r.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 3) / 5);
    expect(r.falseRefusalRate).toBeCloseTo(1 / 5);
  });

  it('computes refusal accuracy over off-topic and the refused share over unanswerable, separately', () => {
    const r = rates(outcomes);
    expect(r.refusalAccuracy).toBeCloseTo(2 / 3);
    expect(r.unanswerableRefused).toBeCloseTo(1 / 2);
  });

  it('counts a marked answer to an unanswerable question as handled, and a marked answerable one as a false alarm', () => {
    const r = rates([
      outcome('unanswerable', { marked: true }),
      outcome('unanswerable', { answered: false }),
      outcome('unanswerable'),
      outcome('unanswerable'),
      outcome('paraphrase', { hitRank: 1, marked: true }),
      outcome('paraphrase', { hitRank: 1 }),
    ]);
    expect(r.unanswerableRefused).toBeCloseTo(1 / 4);
    expect(r.unanswerableRefusedOrMarked).toBeCloseTo(2 / 4);
    expect(r.answerableMarked).toBeCloseTo(1 / 2);
  });

  it('gives null, not 0, for a figure with no question to measure it on', () => {
    expect(rates([outcome('off-topic')])).toMatchObject({ hitAt1: null, hitAt3: null, mrr: null, falseRefusalRate: null, refusalAccuracy: 0, unanswerableRefused: null });
    expect(rates([])).toMatchObject({ questions: 0, hitAt1: null, refusalAccuracy: null });
  });

  it('breaks the figures down by category, every category present', () => {
    const m = summarise(outcomes);
    expect(m.hitAt1).toBeCloseTo(1 / 5);
    expect(Object.keys(m.byCategory).sort()).toEqual(['date', 'number', 'off-topic', 'paraphrase', 'unanswerable', 'who-said']);
    expect(m.byCategory.paraphrase).toMatchObject({ questions: 2, hitAt1: 0.5, hitAt3: 1, mrr: 0.75, falseRefusalRate: 0, refusalAccuracy: null });
    expect(m.byCategory['who-said']).toMatchObject({ hitAt1: 0, hitAt3: 1 });
    expect(m.byCategory.date).toMatchObject({ falseRefusalRate: 1, mrr: 0 });
    expect(m.byCategory['off-topic']).toMatchObject({ questions: 3, hitAt1: null, refusalAccuracy: 2 / 3 });
    expect(m.byCategory.unanswerable).toMatchObject({ questions: 2, unanswerableRefused: 0.5 });
  });
});

describe('formatReport', () => {
  it('shows every set-up overall and per category, then the first set-up misses with their cause', () => {
    const outcomes = [
      outcome('paraphrase', { question: 'Where?', hitRank: 1, passageHitRank: 1 }),
      outcome('date', { question: 'When?', passageHitRank: 1, quotes: [{ text: 'Signed.', articleId: 'a' }] }),
      outcome('unanswerable', { question: 'How many died?', quotes: [{ text: 'Some text.', articleId: 'b' }] }),
    ];
    const runs = [
      { setup: 'hybrid', metrics: summarise(outcomes), outcomes },
      { setup: 'BM25', metrics: summarise(outcomes.slice(0, 1)), outcomes: outcomes.slice(0, 1) },
    ];
    const report = formatReport('model-x', '2 articles', runs);
    expect(report).toContain('Model model-x: 3 questions (2 answerable, 0 off-topic, 1 unanswerable) over 2 articles');
    expect(report).toContain('| hybrid | 50.0% | 50.0% | 0.500 | 0.0% | – | 0.0% |');
    expect(report).toContain('| BM25 | 100.0% | 100.0% | 1.000 | 0.0% | – | – |');
    expect(report).toContain('| date | 1 | 0% / – | 0% / – | 0.000 / – | 0% / – |');
    expect(report).toContain('| unanswerable | 1 | – | – | – | 0% / – |');
    expect(report).not.toContain('| off-topic |');
    expect(report).toContain('[date] quote selection (passage holds the answer, quote leaves it out): When?');
    expect(report).toContain('[unanswerable] answered instead of refusing (and not marked): How many died?');
    expect(report).toContain('first quote (b): Some text.');
  });
});
