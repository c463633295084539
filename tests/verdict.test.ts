import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/engine.js';
import { DEFAULT_PROFILE } from '../src/answer/scoring-profile.js';
import type { Embedder } from '../src/embedding/embedder.js';
import type { PassageIndex } from '../src/index/open.js';
import { indexOfArticles } from './support/engine-config.js';

// Two fictional wire stories, written for this test.
const ARTICLES = {
  'captured-soldiers.md': `---
title: "Captured North Korean soldiers describe months of training in Russia"
publisher: Test Wire
published: 2025-01-20
language: en
---
KYIV (TW) — Ukraine's security service released new details on Monday about the two North Korean men its forces took in the Kursk region.

One of the men, a 20-year-old, told interrogators that he had been told he was going on an exercise. The other said he had served since 2019.

Officials in Kyiv did not say where the men were being held.
`,
  'reinforcements.md': `---
title: "Pyongyang sends more troops to Russia, Seoul says"
publisher: Test Wire
published: 2025-03-10
language: en
---
SEOUL (TW) — South Korea's military said on Monday that North Korea had dispatched about 3,000 additional troops to Russia in January and February.

The reinforcements bring the total number of North Korean troops sent to Russia to about 14,000, lawmakers said.

Russian tourists still visit the North's ski resorts, and a few thousand of them a year would bring in little money.
`,
  'pentagon.md': `---
title: "Pentagon says North Korean troops are fighting in Kursk"
publisher: Test Wire
published: 2024-11-05
language: en
---
WASHINGTON (TW) — The Pentagon said on Monday that about 10,000 North Korean troops were now in Russia's Kursk region and that some had already fought Ukrainian units.
`,
  'wounded-treated.md': `---
title: "Wounded North Koreans treated in Kyiv"
publisher: Test Wire
published: 2025-02-01
language: en
---
KYIV (TW) — Ukraine's military intelligence has given higher figures for the number killed. Two North Korean soldiers wounded in January are being treated in Kyiv.
`,
  'workers.md': `---
title: "More North Korean workers in Russia"
publisher: Test Wire
published: 2025-05-02
language: en
---
SEOUL (TW) — More than 15,000 North Korean workers entered Russia last year, South Korea's spy agency said on Friday.
`,
  'labourers.md': `---
title: "North Korean labourers in the Far East"
publisher: Test Wire
published: 2025-03-01
language: en
---
VLADIVOSTOK (TW) — Some 2,000 North Korean labourers arrived in Russia's Far East last autumn, regional officials said. Officials said about 40 of them had been injured on building sites since then.
`,
  'containers.md': `---
title: "North Korea's shipping containers of munitions"
publisher: Test Wire
published: 2025-11-05
language: en
---
SEOUL (TW) — North Korea has sent some 28,000 shipping containers of munitions to Russia since August 2023, South Korea's military said on Tuesday.
`,
  'deminers.md': `---
title: "Russia to get North Korean deminers"
publisher: Test Wire
published: 2025-06-18
language: en
---
PYONGYANG (TW) — On a visit to Pyongyang on June 17, Russia's security chief said North Korea would send 1,000 deminers to clear the Kursk region of mines.
`,
  'students.md': `---
title: "North Korean students at Russian universities"
publisher: Test Wire
published: 2025-07-15
language: en
---
MOSCOW (TW) — Roughly two thousand North Korean students enrolled at Russian universities in the first half of the year, Russia's education ministry said.
`,
  'koksan.md': `---
title: "North Korean guns on the Kursk front"
publisher: Test Wire
published: 2025-08-12
language: en
---
KYIV (TW) — The Koksan, a North Korean self-propelled gun, can hit targets about 40 kilometres away, Ukrainian gunners said. Its crews work in the open.
`,
  'gun-crews.md': `---
title: "Drones hunt gun crews"
publisher: Test Wire
published: 2025-08-20
language: en
---
KYIV (TW) — Ukrainian drones now find Russian gun crews far from the front, officers said, and far more often than last year.
`,
  'factories.md': `---
title: "North Korea's arms factories work around the clock"
publisher: Test Wire
published: 2025-09-02
language: en
---
SEOUL (TW) — North Korea's arms factories are working three shifts a day to fill Russia's orders for shells, South Korea's spy agency said.
`,
};

let index: PassageIndex;
let embedder: Embedder;
const ask = (question: string, profile = DEFAULT_PROFILE) => answerQuestion(index, embedder, question, { profile });

beforeAll(async () => {
  ({ index, embedder } = await indexOfArticles(ARTICLES));
});

describe('the verdict on an answer', () => {
  it('does not take the figure the question gives with its word for the count asked', async () => {
    expect((await ask('How many arms factories are working three shifts?')).verdict).toBe('related');
  });

  it('answers with that figure where the question asks for it', async () => {
    expect((await ask('How many shifts are the arms factories working?')).verdict).toBe('answered');
  });

  it('reads a paragraph’s “the men” as the headline’s captured soldiers', async () => {
    const answer = await ask('How old are the captured North Korean soldiers?');
    expect(answer.quotes[0]!.text).toContain('20-year-old');
    expect(answer.verdict).toBe('answered');
  });

  it('does not count the headline without its factor', async () => {
    const withoutHeadline = { ...DEFAULT_PROFILE, verdict: { ...DEFAULT_PROFILE.verdict, headlineFactor: 0 } };
    expect((await ask('How old are the captured North Korean soldiers?', withoutHeadline)).verdict).toBe('related');
  });

  it('takes the year of publication for a month written without its year', async () => {
    const answer = await ask('How many troops came in 2025?');
    expect(answer.quotes.some((q) => q.text.includes('3,000 additional troops'))).toBe(true);
    expect(answer.verdict).toBe('answered');
  });

  it('reads a quote’s “now” as the month the article was published', async () => {
    // November weighs in full, as if another article used it.
    const answer = await ask('How many North Korean troops were in Kursk in November?', { ...DEFAULT_PROFILE, absentTermFactor: 1 });
    expect(answer.quotes[0]!.text).toContain('were now in Russia');
    expect(answer.verdict).toBe('answered');
  });

  it('answers "as of" a month with a quote published then, whatever months it names', async () => {
    const answer = await ask('How many North Korean troops had been sent to Russia as of March 2025?');
    expect(answer.quotes[0]!.text).toContain('about 14,000');
    expect(answer.verdict).toBe('answered');
  });

  it('gives no year to a sentence that dates nothing', async () => {
    expect((await ask('How many Russian tourists came in 2025?')).verdict).toBe('related');
  });

  it('does not take what someone said of another thing for what the question asks about', async () => {
    const answer = await ask('What did the Pentagon say about the prisoners?');
    expect(answer.quotes.some((quote) => quote.text.includes('The Pentagon said'))).toBe(true);
    expect(answer.verdict).toBe('related');
  });

  it('answers with what someone said of the thing the question asks about', async () => {
    expect((await ask('What did the Pentagon say about the North Korean troops?')).verdict).toBe('answered');
  });

  it('takes a distance for the "far" of "how far"', async () => {
    const answer = await ask('How far can a Koksan fire?');
    expect(answer.quotes[0]!.text).toContain('40 kilometres away');
    expect(answer.verdict).toBe('answered');
  });

  it('counts the words that name the speaker as held where the speaker published the quote', async () => {
    expect((await ask('according to test wire, how many workers entered russia')).verdict).toBe('answered');
  });

  it('takes a figure for the "big" of "how big"', async () => {
    expect((await ask('how big was the additional batch of troops')).verdict).toBe('answered');
  });

  it('refuses a request for advice, which news copy does not give, though passages hold its words', async () => {
    expect((await ask('best ski resorts for russian tourists in the north?')).verdict).toBe('refused');
    expect((await ask('Do Russian tourists still visit the North\'s ski resorts?')).verdict).toBe('answered');
  });

  it('counts the thing named before an irregular verb, not the words after it', async () => {
    const answer = await ask('whats the total number of north korean troops sent once you add the reinforcements');
    expect(answer.quotes[0]!.text).toContain('about 14,000');
    expect(answer.verdict).toBe('answered');
  });
});

describe('the verdict on a question whether something happened', () => {
  it('answers with a quote that says it happened, and not with one that says something else of the same things', async () => {
    expect((await ask('Have North Korean troops in Kursk fought Ukrainian units?')).verdict).toBe('answered');
    expect((await ask('Have North Korean troops in Kursk surrendered to Ukrainian units?')).verdict).toBe('related');
  });

  it('does not answer with the same event done to another thing', async () => {
    expect((await ask('Have North Korean troops in Kursk fought Russian guards?')).verdict).toBe('related');
  });
});

describe('the verdict on a question when something is to happen', () => {
  it('answers with the date of the plan, and not with the date it happened', async () => {
    expect((await ask('When will North Korea send deminers to Kursk?')).verdict).toBe('answered');
    expect((await ask('When are the North Korean labourers supposed to arrive in the Far East?')).verdict).toBe('related');
  });
});

describe('the verdict on a question which one something happened to', () => {
  it('answers only with a sentence that says it of the one asked about', async () => {
    expect((await ask('Which North Korean soldiers were wounded in January?')).verdict).toBe('answered');
    expect((await ask('Which North Korean generals were wounded in January?')).verdict).toBe('related');
  });
});

describe('the verdict on a question that gives a year', () => {
  it('answers with a quote of that year, a month without its year being of the year it was published', async () => {
    expect((await ask('How many additional North Korean troops were sent to Russia in 2025?')).verdict).toBe('answered');
    expect((await ask('How many additional North Korean troops were sent to Russia in 2023?')).verdict).toBe('related');
  });

  it('answers with a quote of the month the question gives, and not with one of another month', async () => {
    expect((await ask('How many additional North Korean troops were sent to Russia in February 2025?')).verdict).toBe('answered');
    expect((await ask('How many additional North Korean troops were sent to Russia in March 2025?')).verdict).toBe('related');
  });

  it('reads "last autumn" as possibly the autumn of the year before the article was published', async () => {
    const answer = await answerQuestion(index, embedder, 'How many North Korean labourers arrived in Russia in autumn 2024?', { top: 1 });
    expect(answer.quotes[0]?.text).toContain('arrived in Russia\'s Far East last autumn');
    expect(answer.verdict).toBe('answered');
  });

  it('does not take a total since a month of that year for the figure of the year', async () => {
    expect((await ask('How many shipping containers did North Korea send to Russia in 2023?')).verdict).toBe('related');
    expect((await ask('How many shipping containers has North Korea sent to Russia since 2023?')).verdict).toBe('answered');
  });

  it('reads "the first half of the year" as of the year the article was published, and "two thousand" as no year', async () => {
    expect((await ask('How many North Korean students enrolled at Russian universities in 2025?')).verdict).toBe('answered');
    expect((await ask('How many North Korean students enrolled at Russian universities in 2024?')).verdict).toBe('related');
  });

  it('reads "last year" as the year before the article was published', async () => {
    expect((await ask('How many North Korean workers entered Russia in 2024?')).verdict).toBe('answered');
    expect((await ask('How many North Korean workers entered Russia in 2023?')).verdict).toBe('related');
  });
});

describe('the verdict on a "when" answer', () => {
  it('answers with the date of the event the question names', async () => {
    expect((await ask('When were the additional North Korean troops dispatched to Russia?')).verdict).toBe('answered');
  });

  it('does not take the date of one event for the date of another', async () => {
    const answer = await ask('When were the additional North Korean troops flown to Russia?');
    expect(answer.quotes.some((q) => q.text.includes('in January and February'))).toBe(true);
    expect(answer.verdict).toBe('related');
  });
});

describe('the verdict on a "how many" answer', () => {
  it('does not take troops sent for troops killed, however much else of the question the quote holds', async () => {
    const answer = await ask('How many additional North Korean troops died in Russia in January and February?');
    expect(answer.quotes.some((q) => q.text.includes('3,000 additional troops'))).toBe(true);
    expect(answer.verdict).toBe('related');
    expect(answer.differing).toBeNull();
  });

  it('does not take a count of soldiers wounded, beside a sentence about the killed, for soldiers killed', async () => {
    const answer = await ask('How many North Korean soldiers were killed, by Ukraine’s count?');
    expect(answer.quotes[0]?.text).toContain('Two North Korean soldiers wounded');
    expect(answer.verdict).toBe('related');
  });

  it('does not take a count of troops sent for a count of those sent by the means the question names', async () => {
    expect((await ask('How many additional North Korean troops were dispatched to Russia?')).verdict).toBe('answered');
    expect((await ask('How many additional North Korean troops were dispatched by train to Russia?')).verdict).toBe('related');
  });

  it('counts the thing named in one sentence by the figure of "them" in the next', async () => {
    expect((await ask('How many North Korean labourers were injured on building sites?')).verdict).toBe('answered');
  });

  it('does not take the figure the question gives ("of the 1,000 deminers") for its answer', async () => {
    expect((await ask('How many of the 1,000 North Korean deminers have been sent to clear the Kursk region?')).verdict).toBe('related');
  });

  it('does not take a count of someone else’s soldiers for the count of the ones the question names', async () => {
    expect((await ask('How many Russian troops were sent to Kursk?')).verdict).toBe('related');
  });

  it('does not take a total for the rate a question asks ("how many a month")', async () => {
    expect((await ask('How many additional North Korean troops were sent to Russia each month?')).verdict).toBe('related');
    expect((await ask('How many North Korean workers enter Russia a year?')).verdict).toBe('related');
  });

  it('does not answer for a calibre the question gives and no article names', async () => {
    expect((await ask('How many North Korean troops were sent to Russia in total?')).verdict).toBe('answered');
    expect((await ask('How many North Korean troops with 240mm launchers were sent to Russia in total?')).verdict).toBe('related');
  });
});

describe('the verdict on a "when" question answered by a plan', () => {
  it('does not date the event by the day the plan was announced', async () => {
    const answer = await ask('When did the North Korean deminers arrive in the Kursk region?');
    expect(answer.quotes[0]!.text).toContain('would send 1,000 deminers');
    expect(answer.verdict).toBe('related');
  });

  it('dates the announcement, where the question asks when it was made', async () => {
    expect((await ask('When did Russia say the North Korean deminers would come to the Kursk region?')).verdict).toBe('answered');
  });
});

describe('the verdict on a "how many" question whose quote counts another event beside the one asked', () => {
  const replacements = (last: string) => ({
    'replacements.md': `---
title: "North Korea sends replacements to Russia"
publisher: Test Wire
published: 2025-03-20
language: en
---
SEOUL (TW) — North Korea has sent about 3,000 more soldiers to Russia to replace the dead and wounded, South Korea's spy agency said on Thursday. ${last}
`,
  });
  const verdictOn = async (articles: Record<string, string>) => {
    const { index: own, embedder: model } = await indexOfArticles(articles);
    return (await answerQuestion(own, model, 'How many North Korean soldiers have been killed?')).verdict;
  };

  it('is related when its figure counts soldiers sent, though the sentence names the dead', async () => {
    expect(await verdictOn(replacements('The agency gave no other figures.'))).toBe('related');
  });

  it('is answered when a figure there counts the killed', async () => {
    expect(await verdictOn(replacements('About 600 of them have been killed, the agency said.'))).toBe('answered');
  });

  it('is related when the thing asked is counted only in a sentence of another event', async () => {
    const strike = {
      'strike.md': `---
title: "Missile strike on Kharkiv"
publisher: Test Wire
published: 2025-09-02
language: en
---
KHARKIV (TW) — Two missiles hit central Kharkiv on Tuesday, killing seven people and wounding 31, officials said. Four children were among the wounded.
`,
    };
    const { index: own, embedder: model } = await indexOfArticles(strike);
    expect((await answerQuestion(own, model, 'How many children died in the Kharkiv strike?')).verdict).toBe('related');
    expect((await answerQuestion(own, model, 'How many people died in the Kharkiv strike?')).verdict).toBe('answered');
  });
});

describe('the first quote for "what day"', () => {
  it('is the one that gives the day of the month, not a weekday its article alone places', async () => {
    const { index: own, embedder: model } = await indexOfArticles({
      'weekday.md': `---
title: "Japan approves sanctions over Russia arms trade"
publisher: Test Wire
published: 2025-01-10
language: en
---
TOKYO (TW) — Japan's cabinet approved new sanctions over the arms trade between Russia and North Korea on Friday, officials said.
`,
      'oil.md': `---
title: "Tankers carry Russian fuel north"
publisher: Test Monitor
published: 2025-01-12
language: en
---
SEOUL (TM) — Russian tankers carried fuel to North Korea in December despite sanctions, monitors said.
`,
      'seoul.md': `---
title: "Seoul weighs its own sanctions"
publisher: Test Herald
published: 2025-01-13
language: en
---
SEOUL (TH) — South Korea said it was studying new sanctions over the arms trade between Russia and North Korea.
`,
      'date.md': `---
title: "Tokyo widens its sanctions list"
publisher: Test Daily
published: 2025-01-14
language: en
---
TOKYO (TD) — Japan's cabinet approved new sanctions over the arms trade between Russia and North Korea on Jan. 10, officials said.
`,
    });
    const answer = await answerQuestion(own, model, "what day did japan's cabinet approve the sanctions over the russia north korea arms trade");
    expect(answer.quotes[0]!.text).toContain('Jan. 10');
  });
});
