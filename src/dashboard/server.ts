import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { requiredToken } from './access.js';
import { createDashboard, type DashboardDeps } from './app.js';

export interface DashboardOptions {
  /** 0 picks a free port. */
  port: number;
  host: string;
  /** DASHBOARD_TOKEN; required when `host` is not loopback. */
  token?: string | undefined;
}

export interface RunningDashboard {
  /** e.g. http://127.0.0.1:8080/ (without the token). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the dashboard over HTTP. Refuses to start on a non-loopback address without a token, so the
 * inspection results never go out to the network unprotected by mistake.
 */
export async function startDashboard(
  deps: Omit<DashboardDeps, 'token'>,
  options: DashboardOptions,
): Promise<RunningDashboard> {
  const token = requiredToken(options.host, options.token);
  const app = createDashboard({ ...deps, token });
  const server = createAdaptorServer({ fetch: app.fetch, hostname: options.host }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
