import { describe, expect, it } from 'vitest';
import { CallbackType } from './fake-discord/index.js';
import { botHarnesses } from './support/bot-fixtures.js';

const harness = botHarnesses();

describe('/ask in a language other than English', () => {
  it('tells a member who asks in Russian, in Russian and only to them, that questions must be in English', async () => {
    const { discord } = await harness();
    const ask = await discord.sendCommand('ask', { question: 'Сколько северокорейских солдат воюет за Россию?' });
    await ask.waitForFinal();
    expect(ask.callbackType).toBe(CallbackType.ChannelMessageWithSource);
    expect(ask.ephemeral).toBe(true);
    expect(ask.originalMessage!.content).toMatch(/^Вопрос задан по-русски, а я отвечаю только на вопросы на английском/);
    expect(ask.originalMessage!.embeds).toEqual([]);
  });

  it('tells a member who asks in Ukrainian, in Ukrainian', async () => {
    const { discord } = await harness();
    const ask = await discord.sendCommand('ask', { question: 'Скільки північнокорейських солдатів воює за Росію?' });
    await ask.waitForFinal();
    expect(ask.ephemeral).toBe(true);
    expect(ask.originalMessage!.content).toMatch(/^Запитання поставлено українською/);
  });
});
