import { describe, expect, it } from 'vitest';
import type { Answer, Verdict } from '../src/answer/answer.js';
import type { QuestionOutcome } from '../src/evaluation/metrics.js';
import { failuresOf, rates, scoreAnswer, summarise } from '../src/evaluation/metrics.js';
import type { Category, EvalQuestion } from '../src/evaluation/question-set.js';
import { CATEGORIES } from '../src/evaluation/question-set.js';
import { formatSuiteReport } from '../src/evaluation/report.js';
import type { SuiteResult } from '../src/evaluation/suite-figures.js';
import { suiteFigures, viewsFor } from '../src/evaluation/suite-figures.js';

const BODY = 'Intro sentence. The figure is 12,000 troops. Something else entirely.';

function answer(quotes: { text: string; passageId?: string; start?: number }[], verdict: Verdict = quotes.length > 0 ? 'answered' : 'refused'): Answer {
  return {
    question: 'q',
    verdict,
    quotes: quotes.map(({ text, passageId = 'a#0', start = BODY.indexOf(text) }) => ({
      text,
      score: 0.5,
      link: null,
      article: { id: passageId.split('#')[0]!, title: 't', publisher: null, url: null, published: null },
      passageId,
      start,
      end: start + text.length,
    })),
    notes: [],
    differing: null,
    model: 'm',
    indexBuiltAt: '2026-01-01T00:00:00.000Z',
  };
}

const question = (category: Category, expect: string[] | null): EvalQuestion => ({ question: `a ${category} question`, category, expect, half: null });

function outcome(category: Category, fields: Partial<QuestionOutcome> = {}): QuestionOutcome {
  const answerable = category !== 'off-topic' && category !== 'unanswerable';
  return {
    question: 'q',
    category,
    half: null,
    answerable,
    verdict: 'answered',
    hitRank: null,
    passageHitRank: null,
    differing: false,
    verbatimViolations: 0,
    quotes: [],
    ...fields,
  };
}

describe('scoreAnswer', () => {
  const passages: Record<string, string> = { 'a#0': 'Intro sentence. The figure is 12,000 troops.', 'a#1': 'Something else entirely.' };
  const lookup = { passageText: (id: string) => passages[id], articleBody: (id: string) => (id === 'a' ? BODY : undefined) };

  it('ranks the first quote containing any expected fragment, 1-based', () => {
    const scored = scoreAnswer(
      question('number', ['10,000', '12,000 troops']),
      answer([{ text: 'Something else entirely.', passageId: 'a#1' }, { text: 'The figure is 12,000 troops.' }]),
      lookup,
    );
    expect(scored).toMatchObject({ category: 'number', answerable: true, verdict: 'answered', hitRank: 2, passageHitRank: 2, verbatimViolations: 0 });
    expect(scored.quotes).toEqual([
      { text: 'Something else entirely.', articleId: 'a' },
      { text: 'The figure is 12,000 troops.', articleId: 'a' },
    ]);
  });

  it('matches fragments exactly (case and punctuation count)', () => {
    expect(scoreAnswer(question('number', ['12,000 Troops']), answer([{ text: 'The figure is 12,000 troops.' }]), lookup).hitRank).toBeNull();
  });

  it('counts a hit in an answer downgraded to related, like one in an answered one', () => {
    expect(scoreAnswer(question('date', ['12,000']), answer([{ text: 'The figure is 12,000 troops.' }], 'related'), lookup)).toMatchObject({ verdict: 'related', hitRank: 1 });
  });

  it('finds the answer in the passage when the quoted sentences left it out', () => {
    const scored = scoreAnswer(question('number', ['12,000 troops']), answer([{ text: 'Intro sentence.' }]), lookup);
    expect(scored).toMatchObject({ hitRank: null, passageHitRank: 1 });
  });

  it('counts each quote that is not its article body at its offsets as a verbatim violation', () => {
    const shifted = answer([{ text: 'Intro sentence.', start: 1 }, { text: 'The figure is 12,000 troops.' }, { text: 'Gone.', passageId: 'lost#0', start: 0 }]);
    expect(scoreAnswer(question('number', ['12,000']), shifted, lookup).verbatimViolations).toBe(2);
  });

  it('records whether the answer names differing figures', () => {
    const differing = { ...answer([{ text: 'The figure is 12,000 troops.' }]), differing: [{ figure: '12,000', source: 'X', quote: 0 }] };
    expect(scoreAnswer(question('disagreement', ['12,000']), differing, lookup).differing).toBe(true);
    expect(scoreAnswer(question('disagreement', ['12,000']), answer([{ text: 'The figure is 12,000 troops.' }]), lookup).differing).toBe(false);
  });

  it('never scores a hit for a question without fragments, and records the verdict', () => {
    expect(scoreAnswer(question('unanswerable', null), answer([{ text: 'Intro sentence.' }], 'related'), lookup)).toMatchObject({
      answerable: false,
      verdict: 'related',
      hitRank: null,
      passageHitRank: null,
    });
    expect(scoreAnswer(question('off-topic', null), answer([]), lookup)).toMatchObject({ answerable: false, verdict: 'refused' });
  });
});

describe('failuresOf', () => {
  it('finds nothing wrong with an answered top-1 hit, a refused off-topic question and an unanswerable one not answered', () => {
    expect(failuresOf(outcome('paraphrase', { hitRank: 1, passageHitRank: 1 }))).toEqual([]);
    expect(failuresOf(outcome('off-topic', { verdict: 'refused' }))).toEqual([]);
    expect(failuresOf(outcome('unanswerable', { verdict: 'refused' }))).toEqual([]);
    expect(failuresOf(outcome('unanswerable', { verdict: 'related' }))).toEqual([]);
  });

  it('tells refusal, retrieval, ranking and quote selection apart', () => {
    expect(failuresOf(outcome('who-said', { verdict: 'refused' }))).toEqual(['refused']);
    expect(failuresOf(outcome('who-said'))).toEqual(['retrieval']);
    expect(failuresOf(outcome('number', { hitRank: 3, passageHitRank: 3 }))).toEqual(['ranking']);
    expect(failuresOf(outcome('date', { hitRank: null, passageHitRank: 2 }))).toEqual(['quote-selection']);
    // The first passage held the answer but its quote dropped it; a later quote has it.
    expect(failuresOf(outcome('date', { hitRank: 3, passageHitRank: 1 }))).toEqual(['quote-selection']);
  });

  it('flags an answerable question downgraded to related, even with a top-1 hit', () => {
    expect(failuresOf(outcome('according-to', { verdict: 'related', hitRank: 1, passageHitRank: 1 }))).toEqual(['downgraded']);
  });

  it('flags a disagreement question whose answer does not name the differing figures', () => {
    expect(failuresOf(outcome('disagreement', { hitRank: 1, passageHitRank: 1 }))).toEqual(['no-differing']);
    expect(failuresOf(outcome('disagreement', { hitRank: 1, passageHitRank: 1, differing: true }))).toEqual([]);
  });

  it('flags an unanswerable question presented as answered and an off-topic one not refused', () => {
    expect(failuresOf(outcome('unanswerable'))).toEqual(['answered']);
    expect(failuresOf(outcome('off-topic', { verdict: 'related' }))).toEqual(['answered']);
  });

  it('puts a quote that is not verbatim first, even on an otherwise clean answer', () => {
    expect(failuresOf(outcome('paraphrase', { hitRank: 1, passageHitRank: 1, verbatimViolations: 1 }))).toEqual(['not-verbatim']);
    expect(failuresOf(outcome('unanswerable', { verbatimViolations: 2 }))).toEqual(['not-verbatim', 'answered']);
  });
});

describe('rates and summarise', () => {
  const outcomes = [
    outcome('paraphrase', { hitRank: 1 }),
    outcome('paraphrase', { hitRank: 2, verdict: 'related' }),
    outcome('who-said', { hitRank: 3 }),
    outcome('disagreement', { hitRank: 1, differing: true }),
    outcome('disagreement', { hitRank: null }),
    outcome('date', { verdict: 'refused' }),
    outcome('off-topic', { verdict: 'refused' }),
    outcome('off-topic', { verdict: 'refused' }),
    outcome('off-topic', { verdict: 'related', verbatimViolations: 1 }),
    outcome('unanswerable'),
    outcome('unanswerable', { verdict: 'related' }),
    outcome('unanswerable', { verdict: 'refused' }),
  ];

  it('computes hit@1, hit@3 and MRR over answerable questions only', () => {
    const r = rates(outcomes);
    expect(r).toMatchObject({ questions: 12, answerable: 6, offTopic: 3, unanswerable: 3, disagreement: 2 });
    expect(r.hitAt1).toBeCloseTo(2 / 6);
    expect(r.hitAt3).toBeCloseTo(4 / 6);
    expect(r.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 3 + 1) / 6);
  });

  it('computes downgraded and false refusals over answerable questions', () => {
    const r = rates(outcomes);
    expect(r.downgraded).toBeCloseTo(1 / 6);
    expect(r.falseRefusals).toBeCloseTo(1 / 6);
  });

  it('counts related and refused unanswerable questions as not answered, but only refused off-topic ones as refused', () => {
    const r = rates(outcomes);
    expect(r.unanswerableNotAnswered).toBeCloseTo(2 / 3);
    expect(r.offTopicRefused).toBeCloseTo(2 / 3);
  });

  it('computes the share of disagreement questions with differing figures, the verdict shares and the verbatim violations', () => {
    const r = rates(outcomes);
    expect(r.disagreementDiffering).toBe(0.5);
    expect(r.verdicts).toEqual({ answered: 5 / 12, related: 3 / 12, refused: 4 / 12 });
    expect(r.verbatimViolations).toBe(1);
  });

  it('gives null, not 0, for a figure with no question to measure it on', () => {
    expect(rates([outcome('off-topic')])).toMatchObject({ hitAt1: null, hitAt3: null, mrr: null, falseRefusals: null, offTopicRefused: 0, unanswerableNotAnswered: null, disagreementDiffering: null });
    expect(rates([])).toMatchObject({ questions: 0, hitAt1: null, offTopicRefused: null, verdicts: { answered: null, related: null, refused: null } });
  });

  it('breaks the figures down by category, every category present', () => {
    const m = summarise(outcomes);
    expect(m.hitAt1).toBeCloseTo(2 / 6);
    expect(Object.keys(m.byCategory).sort()).toEqual([...CATEGORIES].sort());
    expect(m.byCategory.paraphrase).toMatchObject({ questions: 2, hitAt1: 0.5, hitAt3: 1, mrr: 0.75, downgraded: 0.5, offTopicRefused: null });
    expect(m.byCategory['according-to']).toMatchObject({ questions: 0, hitAt1: null });
    expect(m.byCategory.disagreement).toMatchObject({ questions: 2, disagreementDiffering: 0.5 });
  });
});

describe('suiteFigures and the report', () => {
  const shipped = [
    outcome('paraphrase', { question: 'Tuned where?', half: 'tune', hitRank: 1, passageHitRank: 1 }),
    outcome('date', { question: 'Tuned when?', half: 'tune', passageHitRank: 1, quotes: [{ text: 'Signed.', articleId: 'a' }] }),
    outcome('paraphrase', { question: 'Checked where?', half: 'check', hitRank: 2, passageHitRank: 2 }),
    outcome('unanswerable', { question: 'Checked how many died?', half: 'check', quotes: [{ text: 'Some text.', articleId: 'b' }] }),
  ];
  const withoutVectors = shipped.map((o) => (o.category === 'paraphrase' ? { ...o, hitRank: null } : o));
  const result = (outcomes = shipped): SuiteResult => ({
    name: 'news',
    file: 'tests/eval/news/questions.json',
    model: 'model-x',
    articles: 2,
    outlets: 2,
    views: viewsFor(true, 'all'),
    runs: [
      { setup: 'shipped', stage: null, outcomes },
      { setup: 'without vectors', stage: 'vectors', outcomes: withoutVectors },
    ],
  });

  it('shows a split suite by half and as a whole, and a suite without halves as a whole', () => {
    expect(viewsFor(true, 'all')).toEqual(['tune', 'check', 'all']);
    expect(viewsFor(true, 'check')).toEqual(['check']);
    expect(viewsFor(false, 'tune')).toEqual(['all']);
  });

  it('gives each half its own figures, and the ablation per half with the change against shipped', () => {
    const figures = suiteFigures(result(), { showCheckMisses: false });
    expect(figures.views.map((v) => [v.view, v.metrics.questions, v.metrics.hitAt1])).toEqual([
      ['tune', 2, 0.5],
      ['check', 2, 0],
      ['all', 4, 1 / 3],
    ]);
    expect(figures.ablation.map((a) => a.view)).toEqual(['tune', 'check']);
    const tune = figures.ablation[0]!.rows;
    expect(tune.map((row) => row.setup)).toEqual(['shipped', 'without vectors']);
    expect(tune[0]!.delta.hitAt1).toBe(0);
    expect(tune[1]!.delta.hitAt1).toBe(-0.5);
    expect(figures.ablation[1]!.rows[1]!.delta.mrr).toBe(-0.5);
    expect(tune[1]!.delta.offTopicRefused).toBeNull();
  });

  it('lists the misses of the tuning half only, unless the check half is asked for', () => {
    expect(suiteFigures(result(), { showCheckMisses: false }).misses.map((m) => m.question)).toEqual(['Tuned when?']);
    expect(suiteFigures(result(), { showCheckMisses: true }).misses.map((m) => m.question)).toEqual(['Tuned when?', 'Checked where?', 'Checked how many died?']);
  });

  it('prints the summary per half, each half by category, the ablation with its deltas and the tuning misses', () => {
    const report = formatSuiteReport(result(), suiteFigures(result(), { showCheckMisses: false }));
    expect(report).toContain('## Suite news (tests/eval/news/questions.json): 2 article(s) from 2 outlet(s), model model-x');
    expect(report).toContain('| tuning half | 2 | 2 | 50.0% | 50.0% | 0.500 | – (0) | 0.0% | 0.0% | – (0) | – (0) | 0 |');
    expect(report).toContain('| check half | 2 | 1 | 0.0% | 100.0% | 0.500 | 0.0% (1) |');
    expect(report).toContain('news, check half, by category');
    expect(report).toContain('| date | 1 | 0% | 0% | 0.000 | 100% | 0% | 0% | – |');
    expect(report).toContain('| without vectors | 0.0% (-50.0) | 0.0% (-50.0) | 0.000 (-0.500) |');
    expect(report).toContain('news, tuning half: 1 question(s) the shipped profile does not handle cleanly (quote selection (passage holds the answer, quote leaves it out) 1):');
    expect(report).toContain('[date] quote selection (passage holds the answer, quote leaves it out): Tuned when?');
    expect(report).toContain('first quote (a): Signed.');
    expect(report).not.toContain('Checked');
  });
});
