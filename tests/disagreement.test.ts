import { describe, expect, it } from 'vitest';
import { differenceNote } from '../src/answer/answer-text.js';
import { countedFigure, differingFigures } from '../src/answer/disagreement.js';
import { claimSource, namesSpeaker, speakerPhrases } from '../src/answer/speaker.js';
import type { Concept } from '../src/retrieval/query.js';
import { quoteOf } from './support/quotes.js';

// What "How many soldiers…" counts, with the other word the domain uses for it.
const soldiers: Concept = { word: 'soldiers', kind: 'word', entity: null, alternatives: [{ term: 'soldier', factor: 1 }, { term: 'troop', factor: 0.8 }] };

const quote = (text: string) => quoteOf(text, { title: 'Seed' });

const kyiv = quote('The Kyiv Independent, however, claimed that North Korea was sending as many as 10,000 soldiers to Russia to boost its war efforts.');
const politico = quote(
  'US news outlet Politico quoted a Ukrainian military source as saying that 3,000 North Korean troops will be part of the so-called Buryat Battalion.',
);

describe('sources that give different figures', () => {
  it('finds the seed article’s 10,000 and 3,000 with who claimed each', () => {
    expect(differingFigures([kyiv, politico], soldiers)).toEqual([
      { quote: 0, figure: '10,000', source: 'The Kyiv Independent' },
      { quote: 1, figure: '3,000', source: 'Politico' },
    ]);
  });

  it('reads a figure however it is written: "ten thousand" and "10,000" agree, "1.5m" is 1.5 million', () => {
    const spelled = quote('The Pentagon said ten thousand soldiers had arrived.');
    expect(differingFigures([kyiv, spelled], soldiers)).toBeNull();
    const short = quote('Seoul’s spy agency said 1.5m soldiers had been mobilised.');
    const long = quote('Ukrainian President Volodymyr Zelenskyy said 1.5 million soldiers had been mobilised.');
    expect(differingFigures([short, long], soldiers)).toBeNull();
    expect(differingFigures([short, kyiv], soldiers)?.map((d) => d.figure)).toEqual(['1.5m', '10,000']);
  });

  it('reads what happened to the people counted as standing for them: "around 600 dead" counts soldiers', () => {
    const killed: Concept = { word: 'killed', kind: 'word', entity: null, alternatives: [{ term: 'kill', factor: 1 }, { term: 'dead', factor: 0.8 }] };
    const jcs = quote(
      "South Korea's Joint Chiefs of Staff said about 4,700 North Korean soldiers had been killed or wounded, including around 600 dead.",
    );
    const nis = quote("The National Intelligence Service said about 2,000 North Korean soldiers had been killed.");
    expect(differingFigures([jcs, nis], soldiers, { verb: killed })).toEqual([
      { quote: 0, figure: '600', source: "South Korea's Joint Chiefs of Staff" },
      { quote: 1, figure: '2,000', source: 'The National Intelligence Service' },
    ]);
  });

  it('sets against each other only the figures of the event asked, not those of another event in the same sentence', () => {
    const died: Concept = { word: 'died', kind: 'word', entity: null, alternatives: [{ term: 'di', factor: 1 }, { term: 'kill', factor: 0.8 }, { term: 'dead', factor: 0.8 }] };
    const nis = quote('According to the NIS, about 15,000 North Korean soldiers have been sent to Russia, and roughly 2,000 of them have been killed.');
    const hur = quote("Ukraine's military intelligence said some 1,500 North Korean soldiers had died.");
    expect(differingFigures([nis, hur], soldiers, { verb: died })).toEqual([
      { quote: 0, figure: '2,000', source: 'the NIS' },
      { quote: 1, figure: '1,500', source: "Ukraine's military intelligence" },
    ]);
  });

  it('reads "puts the figure at" as a figure of what the sentence before counted', () => {
    const both = quote("Seoul's spy agency says around 300 North Korean soldiers were trained as drone pilots. Kyiv puts the figure at more than 1,000.");
    expect(differingFigures([both], soldiers)).toEqual([
      { quote: 0, figure: '300', source: "Seoul's spy agency" },
      { quote: 0, figure: '1,000', source: 'Kyiv' },
    ]);
  });

  it('reads "put the number of Koksans at" as a figure of the Koksans', () => {
    const koksans: Concept = { word: 'koksans', kind: 'word', entity: null, alternatives: [{ term: 'koksan', factor: 1 }] };
    const hur = quote("Ukraine's military intelligence said Pyongyang had delivered about 120 Koksans.");
    const jcs = quote("South Korea's Joint Chiefs of Staff put the number of Koksans at about 160 in June.");
    const other = quote("South Korea's Joint Chiefs of Staff put the number of launchers at about 200.");
    expect(differingFigures([hur, jcs], koksans)?.map((d) => d.figure)).toEqual(['120', '160']);
    expect(differingFigures([hur, other], koksans)).toBeNull();
  });

  it('reads "put North Korean casualties at" as a figure of casualties, not of the killed', () => {
    const killed: Concept = { word: 'killed', kind: 'word', entity: null, alternatives: [{ term: 'kill', factor: 1 }, { term: 'dead', factor: 0.8 }] };
    const people: Concept = { word: 'koreans', kind: 'word', entity: null, alternatives: [{ term: 'korean', factor: 1 }] };
    const nis = quote('The NIS told lawmakers it put North Korean casualties at around 4,000.');
    const jcs = quote('The JCS told reporters it put North Korean casualties at about 3,000.');
    expect(differingFigures([nis, jcs], people)?.map((d) => d.figure)).toEqual(['4,000', '3,000']);
    expect(differingFigures([nis, jcs], people, { verb: killed })).toBeNull();
  });

  it('takes no figure from "puts the figure at" after a sentence that counted nothing asked', () => {
    const other = quote('Seoul says the drills lasted for weeks. Kyiv puts the figure at more than 1,000.');
    expect(differingFigures([other, kyiv], soldiers)).toBeNull();
  });

  it('counts the things of "about 100 of its 240mm multiple rocket launchers"', () => {
    const launchers: Concept = { word: 'launchers', kind: 'word', entity: null, alternatives: [{ term: 'launcher', factor: 1 }] };
    expect(countedFigure(quote('North Korea has delivered about 100 of its 240mm multiple rocket launchers.'), launchers)?.figure).toBe('100');
  });

  it('does not read what happened to them as people where the question counts things', () => {
    const shells: Concept = { word: 'shells', kind: 'word', entity: null, alternatives: [{ term: 'shell', factor: 1 }] };
    expect(countedFigure(quote('Officials said about 600 dead had been counted.'), shells)).toBeNull();
  });

  it('does not call one source revising its own figure a disagreement', () => {
    const revised = quote('Seoul’s spy agency said 11,000 soldiers had been sent. Seoul’s spy agency later said 12,000 soldiers had been sent.');
    expect(differingFigures([revised], soldiers)).toBeNull();
  });

  it('takes each sentence of a quote with the source that sentence names', () => {
    const both = quote('Seoul’s spy agency said 11,000 soldiers had been sent. Ukrainian President Volodymyr Zelenskyy said 12,000 soldiers were in Kursk.');
    expect(differingFigures([both], soldiers)).toEqual([
      { quote: 0, figure: '11,000', source: 'Seoul’s spy agency' },
      { quote: 0, figure: '12,000', source: 'Ukrainian President Volodymyr Zelenskyy' },
    ]);
  });

  it('gives a sentence whose speaker is a pronoun the source named just before it', () => {
    const monitors = quote("South Korea's spy agency estimated that Russia delivered about 1.7 million barrels of oil.");
    const mission = quote("Russia's mission to the U.N. rejected the figure. In a statement it said Russia had delivered 312,000 barrels of oil.");
    const oil: Concept = { word: 'oil', kind: 'word', entity: null, alternatives: [{ term: 'oil', factor: 1 }] };
    expect(differingFigures([monitors, mission], oil)?.map((d) => d.source)).toEqual(["South Korea's spy agency", "Russia's mission to the U.N."]);
  });

  it('says nothing when the quotes agree', () => {
    expect(differingFigures([politico, quote('Another report also counted 3,000 troops.')], soldiers)).toBeNull();
  });

  it('does not mistake dates and years for figures', () => {
    expect(differingFigures([politico, quote('Putin and Kim met on September 13, 2023 at the cosmodrome.')], soldiers)).toBeNull();
  });

  it('never sets a figure for another thing against the one counted', () => {
    expect(differingFigures([kyiv, quote('Officials said 300 of the wounded had been flown home.')], soldiers)).toBeNull();
  });

  it('never reads a figure out of a month and year', () => {
    expect(differingFigures([kyiv, quote('The treaty of June 2024 binds the two, and 24 soldiers stood guard.')], soldiers)).toEqual([
      { quote: 0, figure: '10,000', source: 'The Kyiv Independent' },
      { quote: 1, figure: '24', source: 'Seed' },
    ]);
  });

  it('names the publisher, not the title, when the sentence names no source', () => {
    const published = { ...quote('About 12,000 soldiers crossed the border.'), article: { id: 'b', title: 'A headline', publisher: 'Example Wire', url: null, published: null } };
    expect(differingFigures([kyiv, published], soldiers)?.[1]).toEqual({ quote: 1, figure: '12,000', source: 'Example Wire' });
  });

  it('does not mistake a day written before its month for a figure', () => {
    expect(differingFigures([politico, quote('The two leaders met again on 19 June 2024 in Pyongyang.')], soldiers)).toBeNull();
  });

  it('writes a note that names each figure, its source and its quote', () => {
    expect(differenceNote(differingFigures([kyiv, politico], soldiers)!)).toBe(
      'Sources differ on this figure: 10,000 (The Kyiv Independent, quote 1) · 3,000 (Politico, quote 2).',
    );
  });
});

describe('who is speaking', () => {
  it('recognises reported speech', () => {
    expect(namesSpeaker('“These are workers,” Zelenskyy said in a speech.')).toBe(true);
    expect(namesSpeaker('Buryatia is a remote region of Russia.')).toBe(false);
  });

  it('names the source of “according to” at the start of a sentence too', () => {
    expect(claimSource('According to the SBU, the soldiers do not speak Russian.')).toBe('the SBU');
    expect(claimSource('According to a lawmaker who attended the briefing, 300 had died.')).toBe('a lawmaker');
  });

  it('names a body by its name and what it is ("Russian state television"), and a report by its author', () => {
    expect(claimSource('The talks lasted three hours, according to Russian state television.')).toBe('Russian state television');
    expect(claimSource('The North earned $5.5bn, according to a report by the Copperline Business Daily.')).toBe('the Copperline Business Daily');
  });

  it('names the source of “according to” and of a name before a reporting verb', () => {
    expect(claimSource('Troops are there, according to the Institute for the Study of War.')).toBe('the Institute for the Study of War');
    expect(claimSource('Ukrainian President Volodymyr Zelenskyy said on Wednesday that troops came.')).toBe('Ukrainian President Volodymyr Zelenskyy');
    expect(claimSource('“It is unambiguous,” it said.')).toBeNull();
  });

  it('names the source of “according to” that the words before it describe ("the blockchain analysis firm Chainalysis")', () => {
    expect(claimSource('Hackers stole about $1.34bn in 2024, according to the blockchain analysis firm Chainalysis, which counted it.')).toBe('Chainalysis');
    expect(claimSource('The toll rose, according to the monitoring group Airwars.')).toBe('Airwars');
  });

  it('names the one who replied or responded as the speaker', () => {
    expect(claimSource('Kim replied that standing with Russia was "not a favour but a fraternal duty".')).toBe('Kim');
    expect(claimSource('The ministry responded that the report was a fabrication.')).toBe('The ministry');
    expect(claimSource('"It is our duty," replied the ambassador.')).toBe('the ambassador');
  });

  it('names a speaker with a rank written short, after the verb or after the quotation, never whom the words were told', () => {
    expect(claimSource('"It is a floor," said Maj. Yaryna Kovalchuk, a spokesperson for the HUR.')).toBe('Maj. Yaryna Kovalchuk');
    expect(claimSource('"More than 3,000 have gone through hospitals, and that is a minimum," Maj. Yaryna Kovalchuk, a spokesperson for the HUR, told me on May 15.')).toBe(
      'Maj. Yaryna Kovalchuk',
    );
  });

  it('names the speaker whose quotation a colon opens ("Gaskell was cautious: “…"), not a sentence that only explains', () => {
    expect(claimSource('Gaskell was cautious: "A factory can fix its machining in a year.')).toBe('Gaskell');
    expect(namesSpeaker('The answer is simple: "no rounds were sent".')).toBe(false);
    expect(namesSpeaker('He was blunt: "We will not comment."')).toBe(false);
  });
});

describe('the speaker of a sentence', () => {
  it('is not the quoted words before "said"', () => {
    expect(speakerPhrases('“First Iranian drones, now Korean rockets,” said Olha Sydorenko, 58.')).not.toContain('“First Iranian drones, now Korean rockets,”');
  });

  it('includes the title before the reporting verb', () => {
    expect(speakerPhrases('Kremlin spokesman Dmitry Peskov said the pact was unambiguous.')).toContain('Kremlin spokesman Dmitry Peskov');
  });
});

describe('a figure of the thing counted', () => {
  const article = { id: 'a', title: 'Seed', publisher: null, url: null, published: null };

  it('is found loosely when the thing counted comes shortly before it, but never compared so', () => {
    const text = 'The reinforcements bring the number of soldiers sent since October to about 14,000, lawmakers said.';
    expect(countedFigure({ text, article }, soldiers, { loose: true })?.figure).toBe('14,000');
    expect(countedFigure({ text, article }, soldiers)).toBeNull();
  });

  it('is found when a figure in words is followed by the thing counted', () => {
    expect(countedFigure({ text: 'Officials said a million soldiers had been mobilised.', article }, soldiers)?.figure).toBe('a million');
  });

  it('is not a share ("half of", "a third of"), which counts nothing, as a percentage does not', () => {
    expect(countedFigure({ text: 'Officials said a third of the soldiers had been wounded.', article }, soldiers, { loose: true })).toBeNull();
    expect(countedFigure({ text: 'About half of the soldiers used by Russia came from the North.', article }, soldiers, { loose: true })).toBeNull();
  });

  it('is not the count of something the thing counted only describes ("200 rocket launchers")', () => {
    const rockets: Concept = { word: 'rockets', kind: 'word', entity: null, alternatives: [{ term: 'rocket', factor: 1 }] };
    expect(countedFigure({ text: 'Pyongyang has shipped about 200 multiple rocket launchers.', article }, rockets)).toBeNull();
    expect(countedFigure({ text: 'About 200 rockets fired at Kyiv were North Korean.', article }, rockets)?.figure).toBe('200');
  });

  it('is not a figure of someone else’s, when the question says whose things it counts ("how many Russian soldiers")', () => {
    const russian: Concept = { word: 'russian', kind: 'entity', entity: 'russia', alternatives: [{ term: '@russia', factor: 1 }] };
    const text = 'At least 100 North Korean soldiers have been killed and close to 1,000 wounded, Seoul said.';
    expect(countedFigure({ text, article }, soldiers, { loose: true, owner: russian })).toBeNull();
    expect(countedFigure({ text: 'About 600 Russian soldiers were killed.', article }, soldiers, { owner: russian })?.figure).toBe('600');
    expect(countedFigure({ text, article }, soldiers, { loose: true })?.figure).toBe('100');
    const northKorean: Concept = { word: 'north korean', kind: 'entity', entity: 'north-korea', alternatives: [{ term: '@north-korea', factor: 1 }] };
    const sent = 'Seoul said that North Korea had dispatched about 3,000 soldiers to Russia.';
    expect(countedFigure({ text: sent, article }, soldiers, { owner: russian })).toBeNull();
    expect(countedFigure({ text: sent, article }, soldiers, { owner: northKorean })?.figure).toBe('3,000');
    expect(countedFigure({ text: 'Seoul said about 11,000 soldiers had been sent.', article }, soldiers, { owner: northKorean })?.figure).toBe('11,000');
  });

  it('is a measure of what a question asks how much of, whatever its products are called', () => {
    const oil: Concept = { word: 'oil', kind: 'word', entity: null, alternatives: [{ term: 'oil', factor: 1 }, { term: 'petroleum', factor: 0.8 }] };
    const text = 'Russia delivered about 1.7 million barrels of refined petroleum products to North Korea in 2025.';
    expect(countedFigure(quote(text), oil)?.figure).toBe('1.7 million');
  });

  it('is not the count of what holds the thing counted ("70 launch cells for missiles")', () => {
    const missiles: Concept = { word: 'missiles', kind: 'word', entity: null, alternatives: [{ term: 'missil', factor: 1 }] };
    expect(countedFigure({ text: 'The ship has about 70 vertical launch cells for missiles.', article }, missiles, { loose: true })).toBeNull();
    expect(countedFigure({ text: 'About 70 missiles for the new launchers arrived.', article }, missiles)?.figure).toBe('70');
  });

  it('is not the ratio of "seven wounded for every death"', () => {
    expect(countedFigure({ text: 'That is nearly seven wounded soldiers for every death.', article }, soldiers, { loose: true })).toBeNull();
  });

  it('is not the ratio of "one soldier in five"', () => {
    expect(countedFigure({ text: 'An officer said one North Korean soldier in five was wounded.', article }, soldiers, { loose: true })).toBeNull();
    expect(countedFigure({ text: 'One in three soldiers was wounded, and 300 soldiers were killed.', article }, soldiers)?.figure).toBe('300');
  });
});

describe('the speaker of quoted words', () => {
  it('is the one quoted "as saying", not the one who quotes', () => {
    expect(speakerPhrases('The institute quoted Kremlin spokesperson Dmitry Peskov as saying the pact was clear.')).toContain('Kremlin spokesperson Dmitry Peskov');
  });
});

describe('figures followed by punctuation', () => {
  it('reads a figure that a comma follows', () => {
    const article = { id: 'a', title: 'Seed', publisher: null, url: null, published: null };
    expect(countedFigure({ text: 'About 12,000 soldiers, officials said, had arrived.', article }, soldiers)?.figure).toBe('12,000');
  });
});

describe('the figure of a thing counted by its instances', () => {
  it('counts the thing before "units" or "systems", which count instances of it', () => {
    const pantsirs: Concept = { word: 'pantsirs', kind: 'word', entity: null, alternatives: [{ term: 'pantsir', factor: 1 }] };
    expect(countedFigure(quote('Russia has put at least four Pantsir units around Pyongyang.'), pantsirs)?.figure).toBe('four');
    expect(countedFigure(quote('Russia sent 200 Pantsir launchers.'), pantsirs)).toBeNull();
  });

  it('counts the thing before "batteries" too', () => {
    const pantsirs: Concept = { word: 'pantsirs', kind: 'word', entity: null, alternatives: [{ term: 'pantsir', factor: 1 }] };
    expect(countedFigure(quote('The NIS believed Russia had delivered three Pantsir batteries.'), pantsirs)?.figure).toBe('three');
  });

  it('sets a small count of things in words against another source’s, but not a small count of people', () => {
    const pantsirs: Concept = { word: 'pantsirs', kind: 'word', entity: null, alternatives: [{ term: 'pantsir', factor: 1 }] };
    const budanov = quote('Russia has put at least four Pantsir units around Pyongyang, Budanov said.');
    const nis = quote('The NIS said Russia had delivered "two or three" Pantsir batteries to the North.');
    expect(differingFigures([budanov, nis], pantsirs)).toEqual([
      { quote: 0, figure: 'four', source: 'Budanov' },
      { quote: 1, figure: 'two or three', source: 'The NIS' },
    ]);
    const captured = quote('Zelenskyy said two soldiers had been captured.');
    expect(differingFigures([kyiv, captured], soldiers)).toBeNull();
  });

  it('reads a range as one figure', () => {
    expect(countedFigure(quote('Officials said 10,000 to 12,000 soldiers had been sent.'), soldiers)?.figure).toBe('10,000 to 12,000');
    expect(countedFigure(quote('Officials said 10,000 soldiers had been sent to Kursk.'), soldiers)?.figure).toBe('10,000');
    expect(countedFigure(quote('Officials said between 10 000 and 12 000 soldiers had been sent.'), soldiers)?.figure).toBe('10 000 and 12 000');
  });

  it('does not count a thing named after another the figure counts with it ("728 drones and 13 missiles")', () => {
    const missiles: Concept = { word: 'missiles', kind: 'word', entity: null, alternatives: [{ term: 'missil', factor: 1 }, { term: 'rocket', factor: 0.8 }] };
    expect(countedFigure(quote('Russia launched 728 drones and 13 missiles overnight.'), missiles)?.figure).toBe('13');
    expect(countedFigure(quote('North Korea has sent 9 million artillery shells and rockets to Russia.'), missiles)).toBeNull();
  });

  it('finds no figure in the digits of a name', () => {
    const missiles: Concept = { word: 'missiles', kind: 'word', entity: null, alternatives: [{ term: 'missil', factor: 1 }] };
    expect(countedFigure(quote('The KN-23 is a solid-fuel missile that is hard to shoot down.'), missiles)).toBeNull();
    expect(countedFigure(quote('Russia has fired about 180 KN-23 missiles.'), missiles)?.figure).toBe('180');
  });
});

describe('the speaker named with a description', () => {
  it('is the name before the description, not the clause after the verb', () => {
    expect(claimSource('Pak Chol-min, a former officer who defected in 2016, said the men were told little.')).toBe('Pak Chol-min');
  });

  it('is the name after the time and place a sentence opens with', () => {
    const sentence = 'During a visit to Pyongyang in June, Sergei Shoigu, the secretary of Russia’s Security Council, said 1,000 deminers would go.';
    expect(claimSource(sentence)).toBe('Sergei Shoigu');
  });

  it('is the author of a report that shows or finds what the sentence says', () => {
    const sentence = 'A report published on Jan. 8 by the Arden Open Source Lab, which studies satellite imagery, shows a new hall.';
    expect(claimSource(sentence)).toBe('the Arden Open Source Lab');
    expect(claimSource('Images released by the Arden Open Source Lab show 40 trucks.')).toBe('the Arden Open Source Lab');
  });

  it('is a name’s officer before an aside', () => {
    const sentence = 'Tokyo’s chief cabinet secretary, asked about the report on Monday, said the government would not comment.';
    expect(claimSource(sentence)).toBe('Tokyo’s chief cabinet secretary');
  });

  it('is a name’s body written in lower case after the name', () => {
    expect(claimSource('They suffered about 3,000 casualties, South Korea’s spy agency told lawmakers Thursday.')).toBe('South Korea’s spy agency');
  });

  it('is the subject that a name after a preposition only describes', () => {
    const sentence = 'The North sent nine million rounds, a group of 11 countries that monitors sanctions on Pyongyang said Thursday.';
    expect(claimSource(sentence)).toBe('a group of 11 countries');
    expect(claimSource('A spokesman for the Pentagon said 10,000 troops had arrived.')).toBe('A spokesman for the Pentagon');
  });

  it('is whose count or estimate the sentence gives ("by the institute’s count")', () => {
    expect(claimSource('By the institute’s count, Pyongyang has shipped about 8 million artillery shells.')).toBe('the institute');
    expect(claimSource('By Monday, 300 more troops had arrived.')).toBeNull();
  });

  it('is not what follows "said" when that is what was said ("…, said North Korea would send 1,000 deminers")', () => {
    expect(claimSource('During a visit to Pyongyang in June, Sergei Shoigu, the secretary of Russia’s Security Council, said North Korea would send 1,000 deminers.') ?? '').not.toContain('would');
  });

  it('is whoever gives a figure ("raised its estimate", "put the figure at"), without the day it was given', () => {
    expect(claimSource('South Korea’s military on Monday raised its estimate of casualties to about 4,700.')).toBe('South Korea’s military');
    expect(claimSource('Officials in Kyiv put the figure at 3,000.')).toBe('Officials in Kyiv');
    expect(claimSource('Russia raised tariffs on steel.')).toBeNull();
  });

  it('is a name and the body it qualifies ("South Korean intelligence")', () => {
    expect(claimSource('South Korean intelligence has estimated that about 600 soldiers have been killed.')).toBe('South Korean intelligence');
    expect(claimSource('Troops arrived in Kursk and officials said so.')).toBeNull();
  });

  it('is the source that closes the sentence, whoever acts in it', () => {
    expect(claimSource('Kim called for 1,000 more drones a year, KCNA reported.')).toBe('KCNA');
  });

  it('is never a time or a pronoun', () => {
    expect(claimSource('On Tuesday, the leader, said it.')).toBeNull();
  });

  it('is a source named by a common noun, after "according to" or at the end of the sentence', () => {
    expect(claimSource('About 6 million shells were sent, according to a lawmaker who attended the briefing.')).toBe('a lawmaker');
    expect(claimSource('North Korea has sent at least 9 million rounds since 2023, the monitors say.')).toBe('the monitors');
  });

  it('is the description of the one who speaks, as well as the name before it', () => {
    const phrases = speakerPhrases("Kyrylo Budanov, head of Ukraine's military intelligence agency, said half the rounds came from the North.");
    expect(phrases).toContain('Kyrylo Budanov');
    expect(phrases.some((phrase) => phrase.includes("head of Ukraine's military intelligence agency"))).toBe(true);
    expect(speakerPhrases('North Korea has sent troops to Kursk, said Olha.')).toEqual(['Olha']);
  });

  it('is the agent of a passive verb of speech', () => {
    expect(speakerPhrases('The invasion was hailed by pro-West commentators who likened it to Gettysburg.')).toContain('pro-West commentators');
  });
});

describe('a figure that measures', () => {
  it('is not a count of the thing named before it', () => {
    const article = { id: 'a', title: 'Seed', publisher: null, url: null, published: null };
    const shells = { word: 'shells', kind: 'word' as const, alternatives: [{ term: 'shell', factor: 1 }], entity: null };
    expect(countedFigure({ text: 'With rocket-assisted shells it can hit targets about 60 kilometres away.', article }, shells, { loose: true })).toBeNull();
  });

  it('is not a count of the thing it gives the size of', () => {
    const article = { id: 'a', title: 'Seed', publisher: null, url: null, published: null };
    const shells = { word: 'shells', kind: 'word' as const, alternatives: [{ term: 'shell', factor: 1 }], entity: null };
    expect(countedFigure({ text: 'A 155mm shell made in Europe costs several thousand dollars.', article }, shells)).toBeNull();
  });
});

describe('a figure of things that hold the thing counted', () => {
  const article = { id: 'a', title: 'Seed', publisher: null, url: null, published: null };

  it('counts the containers, not the shells in them', () => {
    const shells = { word: 'shells', kind: 'word' as const, alternatives: [{ term: 'shell', factor: 1 }], entity: null };
    expect(countedFigure({ text: 'The North has sent about 13,000 containers of artillery shells to Russia.', article }, shells)).toBeNull();
  });

  it('still measures how much there is of a mass noun', () => {
    const oil = { word: 'oil', kind: 'word' as const, alternatives: [{ term: 'oil', factor: 1 }], entity: null };
    expect(countedFigure({ text: 'Russia sent more than 1 million barrels of oil.', article }, oil)?.figure).toBe('1 million');
  });
});


describe('figures of what happened to the thing counted', () => {
  it('are set against each other only from quotes that say it happened', () => {
    const killed = { word: 'killed', kind: 'word' as const, alternatives: [{ term: 'kill', factor: 1 }], entity: null };
    const sent = quote('Officials in Seoul said 11,000 soldiers had been sent to Russia.');
    const dead = quote('At least 600 soldiers have been killed, officials in Seoul said.');
    const moreDead = quote('Some 1,000 soldiers were killed, Zelenskyy said.');
    expect(differingFigures([sent, dead], soldiers, { verb: killed })).toBeNull();
    expect(differingFigures([sent, dead, moreDead], soldiers, { verb: killed })?.map((d) => d.figure)).toEqual(['600', '1,000']);
  });

  it('are not the killed where a figure counts the killed and the wounded together', () => {
    const killed = { word: 'killed', kind: 'word' as const, alternatives: [{ term: 'kill', factor: 1 }], entity: null };
    const casualties = quote('The JCS said about 4,700 soldiers had been killed or wounded.');
    const dead = quote('About 2,000 soldiers have been killed, the NIS said.');
    expect(differingFigures([casualties, dead], soldiers, { verb: killed })).toBeNull();
    const both = { ...killed, alternatives: [...killed.alternatives, { term: 'wound', factor: 1 }] };
    expect(differingFigures([casualties, quote('About 6,000 soldiers were killed or wounded, Kyiv said.')], soldiers, { verb: both })?.map((d) => d.figure)).toEqual(['4,700', '6,000']);
  });
});

describe('figures of another kind than the question asks for', () => {
  const koksans: Concept = { word: 'koksans', kind: 'word', entity: null, alternatives: [{ term: 'koksan', factor: 1 }] };
  const handed = quote('Ukraine\'s military intelligence said Pyongyang had delivered about 120 Koksans.');

  it('leave out a harm the question does not ask about: guns destroyed are not guns handed over', () => {
    const destroyed = quoteOf('Ukrainian drone crews have destroyed five North Korean Koksan guns since January.', { title: 'Guns', publisher: 'Other Wire' });
    expect(differingFigures([handed, destroyed], koksans, { question: 'how many koksans did kim hand over to russia' })).toBeNull();
  });

  it('keep a harm the question asks about', () => {
    const destroyed = quoteOf('Ukrainian drone crews have destroyed five Koksans, Kyiv said.', { title: 'Guns', publisher: 'Other Wire' });
    const more = quoteOf('Drones destroyed 12 Koksans, the HUR said.', { title: 'Guns', publisher: 'Third Wire' });
    expect(differingFigures([destroyed, more], koksans, { question: 'how many koksans have been destroyed' })?.map((d) => d.figure)).toEqual(['five', '12']);
  });

  it('leave out a rate where the question asks for a total', () => {
    const barrels: Concept = { word: 'barrels', kind: 'word', entity: null, alternatives: [{ term: 'barrel', factor: 1 }] };
    const delivered = quote('More than 1 million barrels of refined products reached the North, researchers said.');
    const cap = quoteOf('The UN caps the North\'s imports at 500,000 barrels a year.', { title: 'Oil', publisher: 'Other Wire' });
    expect(differingFigures([delivered, cap], barrels, { question: 'how many barrels of fuel has russia sent nk' })).toBeNull();
  });

  it('count nothing past a verb: "the two countries would expand all-round cooperation" counts no rounds', () => {
    const rounds: Concept = { word: 'rounds', kind: 'word', entity: null, alternatives: [{ term: 'round', factor: 1 }] };
    expect(countedFigure(quote('Choe said the two countries would expand all-round cooperation.'), rounds)).toBeNull();
  });
});

describe('the source a sentence names', () => {
  it('is a name without the abbreviation after it', () => {
    expect(claimSource("South Korea's National Intelligence Service (NIS) told lawmakers that 50 engineers were seen.")).toBe("South Korea's National Intelligence Service");
  });

  it('is a name\'s body in lower case after "according to"', () => {
    expect(claimSource("The same night, according to Ukraine's air force, Russia launched 472 drones.")).toBe("Ukraine's air force");
    expect(claimSource('About 1,800 tourists visited, according to the Primorye regional government.')).toBe('the Primorye regional government');
    expect(claimSource('North Korea made about $5.5bn, according to the Seoul research group.')).toBe('the Seoul research group');
  });

  it('is the noun that closes a sentence with "has said"', () => {
    expect(claimSource('The first contingent, of roughly 1,500 troops, sailed in mid-October, the agency has said.')).toBe('the agency');
  });

  it('is not what a verb of speech also says was done: "added 105 ships"', () => {
    expect(claimSource('The package, adopted in July, added 105 ships and lowered the price cap from $60 to $47.60 a barrel.')).toBeNull();
  });
});

