/**
 * The real bot against a fake Discord whose gateway misbehaves: the connection drops, is closed, is asked to
 * reconnect, stops acknowledging heartbeats, or loses its session. The client resumes or identifies again, and
 * an interaction sent afterwards is answered.
 */
import { once } from 'node:events';
import { Events } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { FakeDiscord } from './fake-discord/index.js';
import type { BotHarness } from './support/bot-harness.js';
import { botHarnesses, embedOf } from './support/bot-fixtures.js';

const harness = botHarnesses();

/** Asks a question the corpus answers and expects the quoted answer: the proof that the bot is still serving. */
async function expectAnswered(discord: FakeDiscord): Promise<void> {
  const ask = await discord.sendCommand('ask', { question: 'Where is Buryatia?' });
  await ask.waitForFinal({ timeoutMs: 10_000 });
  expect(ask.firstResponseMs).toBeLessThan(3000);
  expect(embedOf(ask)?.description).toContain('Buryatia');
}

describe('when the gateway connection fails', () => {
  async function expectResumedAfter(fault: (discord: FakeDiscord) => void, options: Parameters<typeof harness>[0] = {}): Promise<BotHarness> {
    const started = await harness(options);
    const { discord, bot, logs } = started;
    const resumed = once(bot.client, Events.ShardResume);
    fault(discord);
    await resumed;
    await expectAnswered(discord);
    expect(discord.gateway.connections.at(-1)!.establishedBy).toBe('resume');
    expect(discord.gateway.events.filter((event) => event.type === 'identify')).toHaveLength(1);
    expect(logs().some((line) => line.msg === 'gateway resumed')).toBe(true);
    return started;
  }

  it('resumes after the connection drops without a close frame (1006) and answers a later /ask', async () => {
    const { discord } = await expectResumedAfter((fake) => fake.faults.dropGateway());
    expect(discord.gateway.connections[0]!.closeCode).toBe(1006);
  });

  it('resumes after Discord closes the gateway with 4000 and answers a later /ask', async () => {
    const { discord } = await expectResumedAfter((fake) => fake.faults.closeGateway(4000));
    expect(discord.gateway.connections[0]).toMatchObject({ closeCode: 4000, closedBy: 'server' });
  });

  it('resumes when Discord asks it to reconnect (op 7) and answers a later /ask', async () => {
    await expectResumedAfter((fake) => fake.faults.requestReconnect());
  });

  it('drops a zombie connection whose heartbeats are not acknowledged, resumes, and answers a later /ask', async () => {
    const { discord } = await expectResumedAfter(
      (fake) => {
        fake.faults.stopHeartbeatAcks();
        // Acknowledge again once the bot has given up on the zombie socket, so that the new one stays up.
        void fake.gateway.waitForEvent((event) => event.type === 'close' && event.by === 'client').then(() => fake.faults.resumeHeartbeatAcks());
      },
      { discord: { heartbeatIntervalMs: 200 } },
    );
    expect(discord.gateway.connections[0]!.closedBy).toBe('client');
  });

  it('identifies again when Discord invalidates the session, and answers a later /ask', async () => {
    const { discord } = await harness();
    discord.faults.invalidateSession(false);
    // discord.js waits out Discord's identify rate limit (about 5 s after the first IDENTIFY) before identifying again.
    await discord.gateway.waitForEvent((event) => event.type === 'identify' && event.connectionId > 1, { timeoutMs: 15_000 });
    await expectAnswered(discord);
    expect(discord.gateway.events.filter((event) => event.type === 'identify')).toHaveLength(2);
  }, 30_000);
});

