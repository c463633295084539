/**
 * Screenshots of local HTML with Debian's headless Chromium (`apt-get install -y chromium`), driven over the
 * DevTools protocol on a pipe: the picture is clipped to one element, so its height follows the content. The
 * browser runs with a fresh profile and with every background service that would reach the network switched off.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Readable, Writable } from 'node:stream';

const CHROMIUM = process.env.CHROMIUM ?? 'chromium';
const STEP_TIMEOUT_MS = 30_000;

interface Reply {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

export interface Browser {
  /** PNG of the element matching `selector` in `html`, at twice the CSS pixel size for sharp text. */
  screenshot(html: string, selector: string): Promise<Buffer>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'conflict-desk-chromium-'));
  const child = spawn(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('error', (error) => fail(new Error(`Cannot start ${CHROMIUM} (${error.message}); install it with \`apt-get install -y chromium\` or set CHROMIUM.`)));
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;

  const pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  const listeners = new Set<(reply: Reply) => void>();
  let nextId = 1;
  let buffered = '';
  function fail(error: Error) {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  }
  // Messages on the pipe are JSON separated by NUL bytes.
  fromBrowser.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let end: number;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const reply = JSON.parse(buffered.slice(0, end)) as Reply;
      buffered = buffered.slice(end + 1);
      if (reply.id !== undefined && pending.has(reply.id)) {
        const waiter = pending.get(reply.id)!;
        pending.delete(reply.id);
        if (reply.error) waiter.reject(new Error(`Chromium: ${reply.error.message}`));
        else waiter.resolve(reply);
      } else {
        for (const listener of listeners) listener(reply);
      }
    }
  });
  void exited.then(() => fail(new Error(`Chromium exited early. Its last output:\n${stderr}`)));

  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`Chromium did not answer ${method} within ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS);
      pending.set(id, {
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply.result ?? {});
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  const nextEvent = (method: string, sessionId: string): Promise<void> =>
    new Promise((resolve) => {
      const listener = (reply: Reply) => {
        if (reply.method === method && reply.sessionId === sessionId) {
          listeners.delete(listener);
          resolve();
        }
      };
      listeners.add(listener);
    });

  return {
    async screenshot(html, selector) {
      const page = path.join(profile, `page-${nextId}.html`);
      await writeFile(page, html);
      const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
      await send('Page.enable', {}, sessionId);
      await send('Emulation.setDeviceMetricsOverride', { width: 800, height: 600, deviceScaleFactor: 2, mobile: false }, sessionId);
      const loaded = nextEvent('Page.loadEventFired', sessionId);
      await send('Page.navigate', { url: pathToFileURL(page).href }, sessionId);
      await loaded;
      const { result } = (await send(
        'Runtime.evaluate',
        { expression: `JSON.stringify(document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect())`, returnByValue: true },
        sessionId,
      )) as { result: { value: string } };
      const box = JSON.parse(result.value) as { x: number; y: number; width: number; height: number };
      const { data } = (await send(
        'Page.captureScreenshot',
        { format: 'png', captureBeyondViewport: true, clip: { x: box.x, y: box.y, width: box.width, height: box.height, scale: 1 } },
        sessionId,
      )) as { data: string };
      await send('Target.closeTarget', { targetId });
      return Buffer.from(data, 'base64');
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(profile, { recursive: true, force: true });
    },
  };
}
