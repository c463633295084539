import { describe, expect, it } from 'vitest';
import { questionIntent } from '../src/answer/question-intent.js';

describe('what a question asks for', () => {
  it('reads whose words an "according to" question asks about', () => {
    expect(questionIntent('According to the NIS, how many troops went?').speaker).toBe('the NIS');
    expect(questionIntent('how many shells has russia received according to seoul?').speaker).toBe('seoul');
  });

  it('reads the speaker of "what did X say" questions', () => {
    expect(questionIntent('What did the Pentagon say about the casualties?').speaker).toBe('the Pentagon');
    expect(questionIntent('what has zelenskyy claimed about the prisoners').speaker).toBe('zelenskyy');
  });

  it('finds no speaker in a question that names none', () => {
    expect(questionIntent('How many North Korean soldiers are going to Russia?').speaker).toBeNull();
    expect(questionIntent('When was the treaty signed?').speaker).toBeNull();
  });

  it('tells a question that asks who said something', () => {
    expect(questionIntent('Which news outlet put the number of soldiers at ten thousand?').asksSpeaker).toBe(true);
    expect(questionIntent('Who reported that 3,000 troops would be sent?').asksSpeaker).toBe(true);
    expect(questionIntent('Where is Buryatia?').asksSpeaker).toBe(false);
  });

  it('reads what a question asks about, but not "about" before a figure', () => {
    expect(questionIntent('What did the Pentagon say about the two captured North Koreans?').topic).toBe('the two captured North Koreans');
    expect(questionIntent('were about 600 soldiers killed?').topic).toBeNull();
  });

  it('asks for the source, not a figure, when a who-said question gives the figure itself', () => {
    expect(questionIntent('Which news outlet put the number of soldiers at ten thousand?').answerType).toBe('any');
    expect(questionIntent('How many soldiers did the outlet report?').answerType).toBe('number');
  });

  it('hears every verb of speech news copy uses, not only "say"', () => {
    expect(questionIntent('who compared the koksan to a dinosaur').asksSpeaker).toBe(true);
    expect(questionIntent('What did Zelenskyy call the deployment?').speaker).toBe('Zelenskyy');
    expect(questionIntent('what does the parapet analyst reckon nk is learning').speaker).toBe('the parapet analyst');
  });

  it('tells a request for advice or a service from a question about the news', () => {
    for (const question of ['best ski resorts in south korea', 'how do i get a tourist visa for south korea', 'best kimchi recipe from north korea?', 'whats the best time of year to visit moscow', 'what is the best way to get to vladivostok']) {
      expect(questionIntent(question).asksAdvice).toBe(true);
    }
    for (const question of ['what is the best estimate of north korean losses', 'what was the best time the kn-23 ever hit its target', 'how did the soldiers get to kursk', 'who said a club of countries is doing the un panel’s homework now']) {
      expect(questionIntent(question).asksAdvice).toBe(false);
    }
  });

  it('reads a question how someone reacted or responded as one about their words', () => {
    expect(questionIntent('how did pyongyang react to the reports').speaker).toBe('pyongyang');
    expect(questionIntent('How has Seoul responded?').speaker).toBe('Seoul');
    expect(questionIntent('how did pyongyang react to the deployment').frame).toEqual(['react']);
  });

  it('takes a verb that only reports words for the frame of a question about speech, not for what it asks', () => {
    expect(questionIntent('who compared the koksan to a dinosaur').frame).toEqual(['compared']);
    expect(questionIntent('What did Zelenskyy call the deployment?').frame).toEqual(['call']);
    expect(questionIntent('when did moscow declare kursk fully liberated').frame).toEqual(['declare']);
    expect(questionIntent('Has the Kremlin ever admitted the deployment?').frame).toEqual([]);
    expect(questionIntent('Which report first counted the troops?').frame).toEqual([]);
  });

  it('does not take a reporting word for the frame where it is a noun after its determiner ("the report")', () => {
    expect(questionIntent('how did washington react to the report about nk weapons').frame).toEqual(['react']);
    expect(questionIntent('what did seoul say about its comments').frame).toEqual(['say']);
  });

  it('leaves the adverbs after the speaker out of it ("when did north korea finally admit")', () => {
    expect(questionIntent('when did north korea finally admit it had sent troops to russia').speaker).toBe('north korea');
  });

  it('takes the speaker from after the question’s auxiliary', () => {
    expect(questionIntent('What famous battle did commentators compare the Kursk offensive to?').speaker).toBe('commentators');
  });

  it('reads a noun after "is" or "are" as a noun, not a verb of speech', () => {
    expect(questionIntent('total losses by spring - what are the different estimates?').speaker).toBeNull();
    expect(questionIntent('What is Seoul saying about the troops?').speaker).toBe('Seoul');
  });

  it('reads "per X" as "according to X", but not "per day" or "per cent"', () => {
    expect(questionIntent('how many nk troops total has russia gotten, per the sanctions monitors').speaker).toBe('the sanctions monitors');
    expect(questionIntent('how many shells per day does russia fire').speaker).toBeNull();
    expect(questionIntent('what share per cent of the shells is korean').speaker).toBeNull();
  });

  it('ends the speaker of "according to" where the question begins', () => {
    expect(questionIntent('according to the south korean jcs how many nk soldiers died').speaker).toBe('the south korean jcs');
  });

  it('leaves adverbs out of the speaker', () => {
    expect(questionIntent('has the kremlin ever admitted it buys weapons from the north').speaker).toBe('the kremlin');
  });

  it('reads "made" as a verb of speech only where the question asks who reported', () => {
    expect(questionIntent('how much cash has pyongyang made selling munitions to the kremlin').speaker).toBeNull();
    expect(questionIntent('Which news outlet put the number of soldiers at ten thousand?').asksSpeaker).toBe(true);
  });

  it('tells a question about words said, however it words the saying, from one about what happened', () => {
    expect(questionIntent('When did Yoon say Seoul might send weapons to Ukraine?').aboutWords).toBe(true);
    expect(questionIntent("when did ukraine's spies first go public about the workers").aboutWords).toBe(true);
    expect(questionIntent('when did the north korean deminers get to kursk').aboutWords).toBe(false);
  });
});
