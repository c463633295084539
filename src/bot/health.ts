import { createServer } from 'node:http';
import type { Server } from 'node:http';

/** What an operator (or a container health check) needs to know: is the bot connected and able to answer? */
export interface Health {
  gateway: 'connected' | 'disconnected';
  index: 'loaded' | 'unavailable';
}

export function isHealthy(health: Health): boolean {
  return health.gateway === 'connected' && health.index === 'loaded';
}

/**
 * Serves GET /healthz on 127.0.0.1 only: 200 with the health as JSON when the gateway is connected and the index
 * loaded, 503 otherwise. Loopback, because the answer is for the host's own checks, not for the internet.
 */
export async function startHealthServer(port: number, health: () => Health): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/healthz') {
      response.writeHead(404).end();
      return;
    }
    const current = health();
    response.writeHead(isHealthy(current) ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(current));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}
