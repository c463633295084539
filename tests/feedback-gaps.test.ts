import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { AskedWording } from '../src/feedback/gap-merging.js';
import { mergeGaps } from '../src/feedback/gap-merging.js';
import { openFeedbackStore } from '../src/feedback/store.js';
import { temporaryDataDir, testAnswer, testFeedbackConfig, testQuote } from './support/feedback-fixtures.js';

function asked(question: string, asked = 1, lastAsked = '2026-11-20T10:00:00.000Z', verdict: AskedWording['verdict'] = 'refused'): AskedWording {
  return { question, verdict, asked, lastAsked };
}

const questionsOf = (wordings: AskedWording[]) => mergeGaps(wordings).map((gap) => gap.examples);

describe('merging near-duplicate questions into gaps', () => {
  it('merges a wording that adds one word to the question', () => {
    expect(
      questionsOf([asked('How many North Korean troops are in Kursk?', 2), asked('How many North Korean troops are fighting in Kursk?')]),
    ).toEqual([['How many North Korean troops are in Kursk?', 'How many North Korean troops are fighting in Kursk?']]);
  });

  it('merges wordings whose words share their stems', () => {
    expect(questionsOf([asked('Who commands the units?', 2), asked('Who is the commander of the units?')])).toEqual([
      ['Who commands the units?', 'Who is the commander of the units?'],
    ]);
  });

  it('merges wordings that put the same verb in another tense', () => {
    expect(questionsOf([asked('What has China said about the troops?', 2), asked('What did China say about the troops?')])).toEqual([
      ['What has China said about the troops?', 'What did China say about the troops?'],
    ]);
  });

  it('keeps apart questions that differ in the place they ask about', () => {
    expect(questionsOf([asked('How many North Korean troops are in Kursk?'), asked('How many North Korean troops are in Donetsk?')])).toHaveLength(2);
  });

  it('keeps apart questions that differ in the thing they ask about', () => {
    expect(questionsOf([asked('Did North Korea send missiles to Russia?'), asked('Did North Korea send shells to Russia?')])).toHaveLength(2);
  });

  it('treats wordings that differ only in case and spacing as one wording', () => {
    const [gap, ...others] = mergeGaps([asked('Where is Kursk?', 1), asked('where  is KURSK?', 3)]);
    expect(others).toEqual([]);
    expect(gap).toMatchObject({ question: 'where  is KURSK?', asked: 4, examples: ['where  is KURSK?'] });
  });

  it('names a gap by its most asked wording and counts every wording it merged', () => {
    const [gap] = mergeGaps([
      asked('How many North Korean troops are fighting in Kursk?', 1),
      asked('How many North Korean troops are in Kursk?', 5),
      asked('how many north korean troops are in kursk region', 2),
    ]);
    expect(gap).toMatchObject({ question: 'How many North Korean troops are in Kursk?', asked: 8 });
  });

  it('gives at most three wordings, most asked first', () => {
    const [gap] = mergeGaps([
      asked('How many North Korean troops are in Kursk?', 5),
      asked('How many North Korean troops are fighting in Kursk?', 4),
      asked('How many North Korean troops are now in Kursk?', 3),
      asked('How many North Korean troops are still in Kursk?', 2),
    ]);
    expect(gap?.examples).toEqual([
      'How many North Korean troops are in Kursk?',
      'How many North Korean troops are fighting in Kursk?',
      'How many North Korean troops are now in Kursk?',
    ]);
    expect(gap?.asked).toBe(14);
  });

  it('takes the last time asked and the verdict of that last asking', () => {
    const [gap] = mergeGaps([
      asked('How many North Korean troops are in Kursk?', 3, '2026-11-10T08:00:00.000Z', 'refused'),
      asked('How many North Korean troops are fighting in Kursk?', 1, '2026-11-25T08:00:00.000Z', 'related'),
    ]);
    expect(gap).toMatchObject({ verdict: 'related', lastAsked: '2026-11-25T08:00:00.000Z' });
  });

  it('puts the most asked gap first', () => {
    const gaps = mergeGaps([asked('Where is Kursk?', 1), asked('Who commands the units?', 4), asked('When did the units arrive?', 2)]);
    expect(gaps.map((gap) => gap.question)).toEqual(['Who commands the units?', 'When did the units arrive?', 'Where is Kursk?']);
  });

  it('does not merge two different questions made only of common words', () => {
    expect(questionsOf([asked('Why?'), asked('Who is it?')])).toHaveLength(2);
  });
});

describe('the gaps of the question log', () => {
  it('lists refused and related questions since the given time, never answered ones', async () => {
    const dataDir = await temporaryDataDir();
    const store = await openFeedbackStore(testFeedbackConfig(dataDir));
    try {
      const quote = testQuote('kursk-front', 'A regional governor said the new arrivals were kept away from the front line.');
      await store.logAnswer(testAnswer('How many North Korean troops are in Kursk?', 'refused'), new Date('2026-11-20T09:00:00.000Z'));
      await store.logAnswer(testAnswer('How many North Korean troops are fighting in Kursk?', 'related', [quote]), new Date('2026-11-21T09:00:00.000Z'));
      await store.logAnswer(testAnswer('Where were the arrivals kept?', 'answered', [quote]), new Date('2026-11-21T10:00:00.000Z'));
      await store.logAnswer(testAnswer('Who sent the first units?', 'refused'), new Date('2026-10-01T09:00:00.000Z'));
      expect(await store.gaps(new Date('2026-11-01T00:00:00.000Z'))).toEqual([
        {
          question: 'How many North Korean troops are fighting in Kursk?',
          asked: 2,
          verdict: 'related',
          lastAsked: '2026-11-21T09:00:00.000Z',
          examples: ['How many North Korean troops are fighting in Kursk?', 'How many North Korean troops are in Kursk?'],
        },
      ]);
    } finally {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
