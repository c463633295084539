import { describe, expect, it } from 'vitest';
import type { SentenceEvidence, WindowRules } from '../src/answer/quote-window.js';
import { chooseWindow, leansOnPrevious, padWindow } from '../src/answer/quote-window.js';

const evidence = (score: number, leans = false): SentenceEvidence => ({
  cosine: score,
  coverage: 0,
  leansOnPrevious: leans,
  hasAnswerType: false,
  namesSpeaker: false,
  opensWithQuotation: false,
  namesWhoSpeaks: false,
  speaksAsAsked: false,
  words: 20,
});
const rules: WindowRules = { neighbourShare: 0.8, answerTypeBonus: 0.35, wantsSpeaker: false, wholeParagraphWords: 0 };

describe('choosing the sentences to quote', () => {
  it('quotes the single best sentence when its neighbours are weak', () => {
    expect(chooseWindow([evidence(0.2), evidence(0.9), evidence(0.3)], rules)).toEqual({ first: 1, last: 1 });
  });

  it('adds a neighbour that answers nearly as well', () => {
    expect(chooseWindow([evidence(0.2), evidence(0.9), evidence(0.85)], rules)).toEqual({ first: 1, last: 2 });
  });

  it('includes the sentence that the best one refers back to', () => {
    expect(chooseWindow([evidence(0.2), evidence(0.9, true)], rules)).toEqual({ first: 0, last: 1 });
  });

  it('prefers the sentence holding the kind of fact asked for', () => {
    expect(chooseWindow([evidence(0.9), evidence(0.1), { ...evidence(0.8), hasAnswerType: true }], rules)).toEqual({ first: 2, last: 2 });
  });

  it('takes in the next sentence when it names the speaker of a quotation', () => {
    const quotation = { ...evidence(0.9), opensWithQuotation: true };
    expect(chooseWindow([evidence(0.1), quotation, { ...evidence(0.1), namesSpeaker: true }], rules)).toEqual({ first: 1, last: 2 });
  });

  it('leaves a quotation alone when it names its speaker itself', () => {
    const quotation = { ...evidence(0.9), opensWithQuotation: true, namesSpeaker: true };
    expect(chooseWindow([evidence(0.1), quotation, { ...evidence(0.1), namesSpeaker: true }], rules)).toEqual({ first: 1, last: 1 });
  });

  it('never quotes more than three sentences', () => {
    const window = chooseWindow([evidence(0.9), evidence(0.9), evidence(0.9), evidence(0.9), evidence(0.9)], rules);
    expect(window.last - window.first + 1).toBe(3);
  });

  it('recognises sentences that open by pointing back', () => {
    expect(leansOnPrevious('However, the incursion might have dragged it in.')).toBe(true);
    expect(leansOnPrevious('“It’s not the first time,” he said.')).toBe(true);
    expect(leansOnPrevious('North Korea has sent troops.')).toBe(false);
  });
});

describe('quoting for a question that asks who spoke', () => {
  const asksWho: WindowRules = { ...rules, wantsSpeaker: true };

  it('takes in the sentence before that gives the speaker a name, when the best one only says "he said"', () => {
    const heSaid = { ...evidence(0.9), namesSpeaker: true };
    const named = { ...evidence(0.1), namesSpeaker: true, namesWhoSpeaks: true };
    expect(chooseWindow([named, heSaid, evidence(0.1)], asksWho)).toEqual({ first: 0, last: 1 });
  });

  it('leaves the quote as it is when its sentence names the speaker', () => {
    const named = { ...evidence(0.9), namesSpeaker: true, namesWhoSpeaks: true };
    expect(chooseWindow([{ ...evidence(0.1), namesSpeaker: true, namesWhoSpeaks: true }, named], asksWho)).toEqual({ first: 1, last: 1 });
  });

  it('goes back through the speaker’s quoted sentences to the one that names them', () => {
    const named = { ...evidence(0.1), namesSpeaker: true, namesWhoSpeaks: true };
    const heSaid = { ...evidence(0.1), namesSpeaker: true };
    expect(chooseWindow([evidence(0.1), named, evidence(0.1), heSaid, evidence(0.9)], asksWho)).toEqual({ first: 1, last: 4 });
  });
});

describe('widening a quote to the least number of sentences', () => {
  it('joins the sentence after a window of one', () => {
    expect(padWindow({ first: 1, last: 1 }, 3, 2)).toEqual({ first: 1, last: 2 });
  });

  it('joins the sentence before a window that ends its passage', () => {
    expect(padWindow({ first: 2, last: 2 }, 3, 2)).toEqual({ first: 1, last: 2 });
  });

  it('leaves a passage of one sentence, and a window wide enough, as they are', () => {
    expect(padWindow({ first: 0, last: 0 }, 1, 2)).toEqual({ first: 0, last: 0 });
    expect(padWindow({ first: 0, last: 2 }, 5, 2)).toEqual({ first: 0, last: 2 });
  });
});

describe('the quote of a question that names its speaker', () => {
  it('is cut around that speaker\'s words, though another sentence holds more of the question', () => {
    const sentences = [evidence(0.2), evidence(0.9), evidence(0.1), { ...evidence(0.5), speaksAsAsked: true }, evidence(0.1)];
    expect(chooseWindow(sentences, { ...rules, neighbourShare: 2 })).toEqual({ first: 3, last: 3 });
  });
});

