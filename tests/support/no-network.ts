import { afterEach } from 'vitest';

// Loaded before every test file: a fetch to any host but this machine is refused, and the test that made it fails,
// even when the code under test caught the refusal (as the model fallback would).
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const realFetch = globalThis.fetch;
const attempts: string[] = [];

globalThis.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (LOOPBACK.has(url.hostname)) return realFetch(input, init);
  attempts.push(url.origin);
  return Promise.reject(new Error(`A test tried to reach ${url.origin}; tests must stay offline.`));
};

afterEach(() => {
  const reached = attempts.splice(0);
  if (reached.length > 0) throw new Error(`This test tried to reach the network: ${[...new Set(reached)].join(', ')}.`);
});
