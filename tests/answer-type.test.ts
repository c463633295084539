import { describe, expect, it } from 'vitest';
import { expectedAnswerType, givesDayOfMonth, hasAnswerType } from '../src/answer/answer-type.js';

describe('recognising the kind of fact a question asks for', () => {
  it('hears a question for a number', () => {
    expect(expectedAnswerType('How many soldiers went?')).toBe('number');
    expect(expectedAnswerType('what casualty numbers did seoul give lawmakers')).toBe('number');
  });

  it('hears a question for a figure named by the word for one: a total, a ceiling, the estimates', () => {
    expect(expectedAnswerType("what's the UN ceiling on refined petroleum for north korea?")).toBe('number');
    expect(expectedAnswerType("total shells nk has sent ru since 2023, seoul's count?")).toBe('number');
    expect(expectedAnswerType('total NK losses by spring 2025 - what are the different estimates?')).toBe('number');
    expect(expectedAnswerType("what was china-nk trade for jan-sept? ive seen a couple different totals")).toBe('number');
    expect(expectedAnswerType('what is the capital of the region')).toBe('any');
  });

  it('hears a question for a weight, which a count of days does not answer', () => {
    expect(expectedAnswerType('how heavy is the new nk destroyer')).toBe('weight');
    expect(expectedAnswerType("what's the displacement of the choe hyon")).toBe('weight');
    expect(hasAnswerType('Each is said by state media to displace 5,000 tonnes.', 'weight')).toBe(true);
    expect(hasAnswerType('It had taken a little over 400 days to build.', 'weight')).toBe(false);
  });

    it('hears a question for a date', () => {
    expect(expectedAnswerType('When did the war begin?')).toBe('date');
    expect(expectedAnswerType('In which year was the pact signed?')).toBe('date');
  });

  it('hears a question for a day, which a month does not answer', () => {
    expect(expectedAnswerType('what day were the two soldiers taken prisoner')).toBe('day');
    expect(expectedAnswerType('On what date did Putin and Kim tour the spaceport?')).toBe('day');
    expect(expectedAnswerType('what dates was lavrov in north korea')).toBe('day');
    expect(expectedAnswerType('which years did the workers arrive')).toBe('date');
    expect(hasAnswerType('A third soldier taken prisoner in late December died.', 'day')).toBe(false);
    expect(hasAnswerType('The men were captured on Jan. 9.', 'day')).toBe(true);
    expect(hasAnswerType('Zelenskyy announced their capture on Saturday.', 'day')).toBe(true);
  });

  it('asks for nothing in particular otherwise', () => {
    expect(expectedAnswerType('Who is Dmitry Peskov?')).toBe('any');
  });

  it('finds figures written in digits or words', () => {
    expect(hasAnswerType('as many as 10,000 soldiers', 'number')).toBe(true);
    expect(hasAnswerType('thousands of its soldiers', 'number')).toBe(true);
    expect(hasAnswerType('soldiers are expected', 'number')).toBe(false);
  });

  it('finds dates by year or month', () => {
    expect(hasAnswerType('began in February 2022', 'date')).toBe(true);
    expect(hasAnswerType('signed in June', 'date')).toBe(true);
    expect(hasAnswerType('signed recently', 'date')).toBe(false);
  });

  it('does not take the modal "may" for a month when a date is asked for', () => {
    expect(hasAnswerType('More North Korean troops may be sent to Kursk.', 'date')).toBe(false);
    expect(hasAnswerType('The first troops arrived in May.', 'date')).toBe(true);
  });

  it('hears a question for a stretch of time, an age or a cause', () => {
    expect(expectedAnswerType('How long did the talks at Vostochny last?')).toBe('duration');
    expect(expectedAnswerType('how old are the two captured soldiers')).toBe('age');
    expect(expectedAnswerType('Why are so many North Korean troops dying?')).toBe('reason');
    expect(expectedAnswerType('What led to the heavy losses?')).toBe('reason');
  });

  it('hears a question for a distance, however a member writes it', () => {
    expect(expectedAnswerType('how far can the koksan gun fire?')).toBe('distance');
    expect(expectedAnswerType('whats the max range on a kn-23 anyway')).toBe('distance');
  });

  it('finds a distance, not any figure, for "how far"', () => {
    expect(hasAnswerType('The gun can hit targets about 60 kilometres away.', 'distance')).toBe(true);
    expect(hasAnswerType('Recent ones land within 50 metres, not 1-3km off.', 'distance')).toBe(true);
    expect(hasAnswerType('The North has shipped about 250 missiles and 12m shells.', 'distance')).toBe(false);
  });

  it('hears a question for how often something happens', () => {
    expect(expectedAnswerType('how often does the moscow pyongyang train go')).toBe('frequency');
    expect(expectedAnswerType('How frequently do the flights run?')).toBe('frequency');
  });

  it('finds so many times a stretch of time, not any figure, for "how often"', () => {
    expect(hasAnswerType('RZD said the service would leave twice a month in each direction.', 'frequency')).toBe(true);
    expect(hasAnswerType('Air Koryo flies the route weekly.', 'frequency')).toBe(true);
    expect(hasAnswerType('Trains leave every Tuesday.', 'frequency')).toBe(true);
    expect(hasAnswerType('The journey of about 10,300 km takes eight days.', 'frequency')).toBe(false);
  });

  it('hears a question for a sum of money in the forms of its verbs', () => {
    expect(expectedAnswerType('how much is russia spending to build the factory')).toBe('money');
    expect(expectedAnswerType('how much is the fare on the train')).toBe('money');
    expect(expectedAnswerType('how much is an air koryo ticket to pyongyang')).toBe('money');
    expect(expectedAnswerType('how much is the cap on refined petroleum')).toBe('number');
  });

  it('hears a question for what is given in payment, which may be no money ("paying them with", "in return")', () => {
    expect(expectedAnswerType('what is tokyo scared moscow is paying pyongyang with in exchange for the troops')).toBe('any');
    expect(expectedAnswerType('what does russia pay north korea in return for the shells')).toBe('any');
    expect(expectedAnswerType('what did russia pay for the shells')).toBe('money');
  });

  it('hears a question for a share, which no sum of money answers, though it speaks of paying', () => {
    expect(expectedAnswerType("what share of nk's missile program is paid for with stolen crypto")).toBe('number');
    expect(expectedAnswerType('how much of the oil russia pays for goes to the army')).toBe('number');
  });

  it('finds a stretch of time, not any number, for "how long"', () => {
    expect(hasAnswerType('The talks lasted some five hours, including a working lunch.', 'duration')).toBe(true);
    expect(hasAnswerType('The two-year deployment ends in spring.', 'duration')).toBe(true);
    expect(hasAnswerType('Lavrov followed on 18 and 19 October 2023.', 'duration')).toBe(false);
  });

  it('takes neither the time between two events nor "last September" for how long something lasted', () => {
    expect(hasAnswerType('Lavrov followed a month after the summit at the Vostochny Cosmodrome.', 'duration')).toBe(false);
    expect(hasAnswerType('Last September he met Putin at the Vostochny Cosmodrome.', 'duration')).toBe(false);
    expect(hasAnswerType('The deployment is expected to last until the spring.', 'duration')).toBe(true);
    expect(hasAnswerType('The treaty will last for as long as both sides wish.', 'duration')).toBe(true);
  });

  it('hears "how long after" as a question for the time between events, not for a stretch', () => {
    expect(expectedAnswerType('how long after the summit did lavrov visit pyongyang')).not.toBe('duration');
  });

  it('finds an age written as news copy writes it', () => {
    expect(hasAnswerType('One of the men, a 20-year-old, told interrogators he had trained.', 'age')).toBe(true);
    expect(hasAnswerType('The soldier, aged 26, was wounded.', 'age')).toBe(true);
    expect(hasAnswerType('Two soldiers were captured in January.', 'age')).toBe(false);
  });

  it('hears a question for a name, or for the name of who leads', () => {
    expect(expectedAnswerType('what are the names of the two north korean pows')).toBe('name');
    expect(expectedAnswerType('whats the title of the feature film nk is making')).toBe('name');
    expect(expectedAnswerType('who is the commander of the storm corps')).toBe('leader');
    expect(expectedAnswerType('who said the troops were sent')).toBe('any');
  });

  it('tells a day of a month from a weekday alone, and reads no dateline as either', () => {
    expect(givesDayOfMonth('The Cabinet approved the package on Jan. 10.')).toBe(true);
    expect(givesDayOfMonth("Japan's government on Friday approved new sanctions.")).toBe(false);
    expect(givesDayOfMonth('TOKYO, Jan. 10 (TW) — The government approved new sanctions.')).toBe(false);
  });

  it('finds a name given as one, or after the word for what it names', () => {
    expect(hasAnswerType('The ship Angara left Rajin in August.', 'name')).toBe(true);
    expect(hasAnswerType('State television aired a documentary titled "Our Sons" on Sunday.', 'name')).toBe(true);
    expect(hasAnswerType('State television aired a documentary about the soldiers on Sunday.', 'name')).toBe(false);
    expect(hasAnswerType('The two prisoners, aged 20 and 26, are held in Kyiv.', 'name')).toBe(false);
    expect(hasAnswerType('The troops will be part of the so-called Buryat Battalion.', 'name')).toBe(false);
  });

  it('finds the name of the one who leads, not any name', () => {
    expect(hasAnswerType('The corps is led by Col. Gen. Kim Yong Bok, officials said.', 'leader')).toBe(true);
    expect(hasAnswerType('Most came from the 11th Corps, better known as the Storm Corps.', 'leader')).toBe(false);
  });

  it('finds the words that give a cause', () => {
    expect(hasAnswerType('The agency attributed the losses to a lack of experience with drones.', 'reason')).toBe(true);
    expect(hasAnswerType('Losses were heavy because the fields were open.', 'reason')).toBe(true);
    expect(hasAnswerType('Losses were heavy in January.', 'reason')).toBe(false);
  });

  it('does not take the dateline for the date of what a story reports', () => {
    expect(hasAnswerType('MOSCOW, 12 November (CPA) – North Korea has ratified the treaty, state media said.', 'date')).toBe(false);
    expect(hasAnswerType('KYIV — The treaty was signed on 19 June.', 'date')).toBe(true);
  });
});
