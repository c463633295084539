import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { refreshIndex } from '../src/index/refresh.js';
import type { FakeDiscord } from './fake-discord/index.js';
import { startFakeDiscord } from './fake-discord/index.js';
import { botEnvironment, fakeBotToken } from './support/bot-harness.js';
import { copyOfCorpus, testEngineConfig } from './support/engine-config.js';

const run = promisify(execFile);
const fakes: FakeDiscord[] = [];
const dataDirs: string[] = [];
afterEach(async () => {
  for (const fake of fakes.splice(0)) await fake.close();
  for (const dir of dataDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function fakeDiscord(): Promise<{ discord: FakeDiscord; env: NodeJS.ProcessEnv }> {
  const token = fakeBotToken();
  const discord = await startFakeDiscord({ token });
  fakes.push(discord);
  const engine = await testEngineConfig({ corpusDir: await copyOfCorpus() });
  await refreshIndex(engine, { warn: () => {} });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'conflict-desk-data-'));
  dataDirs.push(dataDir);
  const env = { ...process.env, ...botEnvironment(token, discord, engine), DATA_DIR: dataDir };
  return { discord, env };
}

function runScript(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return run(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { env }).catch(
    (error: { stdout: string; stderr: string; code: number }) => error,
  );
}

describe('running the bot as a process', () => {
  it('refuses to start without a token, naming the variable and .env.example', async () => {
    const result = await runScript('bot', [], { ...process.env, DISCORD_TOKEN: '' });
    expect('code' in result && result.code).toBe(1);
    expect(result.stderr).toContain('DISCORD_TOKEN: is required');
    expect(result.stderr).toContain('.env.example');
  });

  it('stops with the reason and the fix when the feedback database cannot be opened', async () => {
    const { env } = await fakeDiscord();
    const notAFolder = path.join(env.DATA_DIR!, 'a-file');
    await writeFile(notAFolder, 'not a folder');
    // With the secret given, the database file is the first thing the bot opens in DATA_DIR.
    const result = await runScript('bot', [], { ...env, DATA_DIR: notAFolder, FEEDBACK_SECRET: 'a'.repeat(64) });
    expect('code' in result && result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot start the bot:\nCannot open the feedback database file ${path.join(notAFolder, 'conflict-desk.db')}`);
    expect(result.stderr).toContain('Check that DATA_DIR is writable');
  });

  it('refuses a malformed token without echoing it', async () => {
    const result = await runScript('bot', [], { ...process.env, DISCORD_TOKEN: 'not-a-token-secret' });
    expect(result.stderr).toContain('DISCORD_TOKEN: does not look like a Discord bot token');
    expect(result.stderr).not.toContain('not-a-token-secret');
  });

  it('started as npm start does (compiled, under plain node): connects, answers, and on SIGTERM stops taking interactions, disconnects and exits 0', async () => {
    const { discord, env } = await fakeDiscord();
    await run('npm', ['run', 'build'], { env });
    const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: { start: string } };
    const [command, ...args] = scripts.start.split(' ');
    const bot = spawn(command!, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    bot.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve) => {
      const check = () => (output.includes('connected to Discord') ? resolve() : setTimeout(check, 50));
      check();
    });
    await discord.sendCommand('ask', { question: 'Where is Buryatia?' }).then((ask) => ask.waitForFinal());
    bot.kill('SIGTERM');
    const [code] = await once(bot, 'exit');
    expect(code).toBe(0);
    expect(output).toContain('"msg":"stopped"');
    expect(await readdir(env.DATA_DIR!)).toContain('conflict-desk.db');
    expect(output).not.toContain(env.DISCORD_TOKEN!);
  });

  it('registers the three slash commands and the message command with their permissions and limits, and registering again changes nothing', async () => {
    const { discord, env } = await fakeDiscord();
    const guild = discord.guild.id;
    const first = await runScript('register', ['--guild', guild], env);
    expect(first.stdout).toContain(`Registered /ask, /sources, /reindex, “Check sources” (message menu) in server ${guild}`);
    const put = discord.requests.find((request) => request.method === 'PUT')!;
    expect(put.path).toBe(`/applications/${discord.applicationId}/guilds/${guild}/commands`);
    const body = put.body as { name: string; default_member_permissions?: string | null; options?: { name: string; max_length?: number; required?: boolean }[] }[];
    expect(body.map((c) => [c.name, c.default_member_permissions ?? null])).toEqual([
      ['ask', null],
      ['sources', '8192'],
      ['reindex', '8'],
      ['Check sources', null],
    ]);
    expect(body[0]!.options![0]).toMatchObject({ name: 'question', required: true, max_length: 500 });
    const ids = discord.guildCommands(guild).map((c) => c.id);
    await runScript('register', ['--guild', guild], env);
    expect(discord.guildCommands(guild).map((c) => c.id)).toEqual(ids);
  });
});
