import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentParagraphs } from '../src/corpus/content-paragraphs.js';
import { parseArticleFile } from '../src/corpus/parse.js';
import { TEST_CORPUS_DIR } from './support/engine-config.js';

const seedFile = path.join(TEST_CORPUS_DIR, 'north-korean-military-fighting-alongside-russia.md');
const seed = parseArticleFile(seedFile, readFileSync(seedFile));
if (!seed.ok) throw new Error('the seed article must parse');
const body = seed.article.body;
const kept = contentParagraphs(body).map((p) => body.slice(p.start, p.end));

describe('cleaning scraped article text', () => {
  it('keeps a photo caption that the page shows twice only once', () => {
    expect(kept.filter((text) => text.includes('Vostochny Сosmodrome'))).toHaveLength(1);
  });

  it('drops a lone credit line', () => {
    expect(kept).not.toContain('Reuters');
  });

  it('drops the page widget text at the end', () => {
    expect(kept.some((text) => text.includes('Loading...') || text.includes('Route 6'))).toBe(false);
  });

  it('drops section headings', () => {
    expect(kept).not.toContain('Own goal?');
    expect(kept).not.toContain('War-time ally');
  });

  it('drops a standfirst that a later paragraph repeats in full', () => {
    expect(kept.filter((text) => text.startsWith('The erstwhile Soviet Union'))).toEqual([
      expect.stringContaining('when it extended economic aid'),
    ]);
  });

  it('keeps every real paragraph of the article', () => {
    expect(kept).toHaveLength(18);
  });

  it('points at the original characters, curly quotes and Cyrillic letters included', () => {
    const quoteParagraph = kept.find((text) => text.startsWith('“These are workers'));
    expect(quoteParagraph).toContain('Russia – and its accomplices – want more wars,”');
  });

  it('drops markdown headings', () => {
    const text = '## A heading of enough words to count\n\nA paragraph of real content that is long enough.';
    expect(contentParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'A paragraph of real content that is long enough.',
    ]);
  });

  it('drops a sub-heading that is a question, and keeps the answer under it', () => {
    const text = 'How many North Korean troops are in Russia?\n\nSeoul puts the number at about 11,000, its spy agency said.';
    expect(contentParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'Seoul puts the number at about 11,000, its spy agency said.',
    ]);
  });

  it('drops a live-blog entry’s headline and the headlines of related stories', () => {
    const text = [
      '18:31 GMT — Kyiv: “Pyongyang has signed the confession”',
      'A spokeswoman for Ukraine’s foreign ministry said the admission changed nothing on the ground.',
      'Inside the interrogation: what Ukraine says it has learned from two N. Korean prisoners',
    ].join('\n\n');
    expect(contentParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'A spokeswoman for Ukraine’s foreign ministry said the admission changed nothing on the ground.',
    ]);
  });

  it('drops a wire service’s note to editors, and keeps a paragraph that merely starts with the same word', () => {
    const text = '(ATTN: UPDATES casualty figures in paras 1-3; ADDS details on reinforcements)\n\nUpdates from the front were scarce on Monday, officials said.';
    expect(contentParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['Updates from the front were scarce on Monday, officials said.']);
  });

  it('drops a transcript’s questions from the floor and keeps the answers', () => {
    const text = 'Q (Jonas Berg, FBC): Seoul says 300 were killed. Are your numbers higher?\n\nA: We count what we see, from drones and from radio intercepts.';
    expect(contentParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['A: We count what we see, from drones and from radio intercepts.']);
  });

  it('keeps a paragraph that asks a question and goes on to answer it', () => {
    const text = 'Why would Pyongyang risk its soldiers? Money is one reason, analysts say.';
    expect(contentParagraphs(text)).toHaveLength(1);
  });

  it('keeps a paragraph that quotes a question: it is what someone asked', () => {
    const text = '“Why would I go back to a country that sent me here to die?”';
    expect(contentParagraphs(text)).toHaveLength(1);
  });

  it('drops a byline, and keeps a paragraph that opens with "By"', () => {
    const text = 'By JI-WON HAN, Continental Press Agency\n\nBy the spring, the same units were dispersing under fire, officers said.';
    expect(contentParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['By the spring, the same units were dispersing under fire, officers said.']);
  });

  it('drops a photo credit, and keeps a paragraph whose first word starts like a label', () => {
    const text = 'Photo by Jane Doe for the Meridian Times, all rights reserved\n\nImagery from commercial satellites shows trains at the border station.';
    expect(contentParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['Imagery from commercial satellites shows trains at the border station.']);
  });

  it('drops a correction note, which would quote the figure it withdraws', () => {
    const text = 'Note: An earlier version of this roundup said the NIS estimated about 1,800 soldiers had been killed.\n\nThe NIS now estimates that about 2,000 soldiers have been killed.';
    expect(contentParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['The NIS now estimates that about 2,000 soldiers have been killed.']);
  });

  it('drops an update note, which names the figure an earlier version gave, and keeps a sentence on updated figures', () => {
    const text =
      'Updated at 14:20 BST, Aug. 15: An earlier version said four Pantsir systems had been delivered.\n\n' +
      'Updated figures from the NIS put the number of batteries at two or three.';
    expect(contentParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['Updated figures from the NIS put the number of batteries at two or three.']);
  });

  const keptOf = (text: string) => contentParagraphs(text).map((p) => text.slice(p.start, p.end));
  const fact = 'The NIS said about 11,000 North Korean soldiers were in the Kursk region.';

  it('drops an update note dated by its day and month, however the month is written, and keeps updated figures of a month', () => {
    const text =
      'Updated Sept. 4, 08:40: adds comment from the NIS; an earlier version of this story said 24 foreign leaders attended the parade.\n\n' +
      'Updated January 16, 2025: an earlier version said the pages came from two notebooks.\n\n' +
      'Updated May 2024 figures from the ministry put the number of workers at 15,000.';
    expect(keptOf(text)).toEqual(['Updated May 2024 figures from the ministry put the number of workers at 15,000.']);
  });

  it('drops a correction note that gives its date, or that the page sets off with a rule', () => {
    expect(keptOf(`Correction, March 5, 2025: An earlier version of this article misstated the number of missiles.\n\n${fact}`)).toEqual([fact]);
    expect(keptOf(`--- Correction: An earlier version of this article misstated the date of the visit.\n\n${fact}`)).toEqual([fact]);
    expect(keptOf(`Update, Feb. 21: This digest has been revised. An earlier version said the report counted 38 calls.\n\n${fact}`)).toEqual([fact]);
  });

  it('drops a photo caption in brackets', () => {
    expect(keptOf(`[Photo caption: A worker walks past a production hall in Tatarstan, in a 2023 file photo.]\n\n${fact}`)).toEqual([fact]);
  });

  it('drops a live page’s notes on itself', () => {
    const notes = [
      'This live page is no longer being updated. Our full report will be published later tonight.',
      'We are pausing our live coverage here. Thank you for following.',
      'Ukraine war briefing, Friday, Jan. 17. This page is updated through the day; all times are GMT.',
    ];
    expect(keptOf([...notes, fact].join('\n\n'))).toEqual([fact]);
  });

  it('drops a wire story’s closing credit and the author’s line at the foot of an analysis', () => {
    expect(keptOf(`${fact}\n\nHannah Kieslowski reported from Seoul; editing by Daniel Frome.`)).toEqual([fact]);
    expect(keptOf(`${fact}\n\n— Samuel Achebe-Grant is the Bulletin's deputy editor.`)).toEqual([fact]);
  });

  it('keeps sentences that only look like notes', () => {
    const sentences = [
      'The ministry has updated its count of the dead twice since January, officials said.',
      'Choi Min-gyu is a member of the National Assembly’s intelligence committee, which was briefed on Monday.',
      'Note that the agency gave no figure for the wounded, the lawmakers said after the briefing.',
    ];
    expect(keptOf(sentences.join('\n\n'))).toEqual(sentences);
  });

  it('drops an author’s note, which names the outlet and the author and answers nothing', () => {
    const text = 'Ilse Brenner is a senior fellow at Parapet Defence Review. The views expressed are her own.\n\nThe North sees the results through Russian eyes.';
    expect(contentParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['The North sees the results through Russian eyes.']);
  });
});
