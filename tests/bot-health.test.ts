import { afterEach, describe, expect, it } from 'vitest';
import type { BotHarness } from './support/bot-harness.js';
import { startBotHarness } from './support/bot-harness.js';

const harnesses: BotHarness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.stop();
});

async function harness(options: Parameters<typeof startBotHarness>[0] = {}): Promise<BotHarness> {
  const started = await startBotHarness({ ...options, env: { HEALTH_PORT: '0', ...options.env } });
  harnesses.push(started);
  return started;
}

describe('the health signal', () => {
  it('answers 200 on loopback /healthz when the gateway is connected and the index loaded', async () => {
    const { bot } = await harness();
    expect(bot.healthUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/healthz$/);
    const response = await fetch(bot.healthUrl!);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ gateway: 'connected', index: 'loaded' });
  });

  it('answers 503 and says so when there is no index to answer from', async () => {
    const { bot } = await harness({ buildIndex: false });
    const response = await fetch(bot.healthUrl!);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ gateway: 'connected', index: 'unavailable' });
  });

  it('logs each change of health, including a lost gateway', async () => {
    const { discord, logs } = await harness();
    discord.faults.dropGateway();
    for (const started = Date.now(); !logs().some((l) => l.msg === 'health' && (l.health as { gateway: string }).gateway === 'disconnected'); ) {
      if (Date.now() - started > 10_000) throw new Error('no health line for the lost gateway');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const healthLines = logs().filter((line) => line.msg === 'health');
    expect(healthLines[0]).toMatchObject({ healthy: true, health: { gateway: 'connected', index: 'loaded' } });
    expect(healthLines.some((line) => line.healthy === false)).toBe(true);
  });

  it('serves nothing but /healthz', async () => {
    const { bot } = await harness();
    expect((await fetch(bot.healthUrl!.replace('/healthz', '/'))).status).toBe(404);
  });
});
