import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { serve, type ServerType } from '@hono/node-server';
import { loadConfig, type Config } from '../../config.js';
import { apiOptions } from '../../api/api-options.js';
import { createApp } from '../../api/create-app.js';
import type { ReadMode } from '../../api/auth/read-access.js';
import { dashboardAssets } from '../../api/dashboard-assets.js';
import type { Database } from '../../db/database.js';
import { startDealLinesRefresher } from '../../db/deal-lines-refresher.js';
import { openFromConfig } from '../open-from-config.js';

export const serveUsage = 'news-intel serve [--port N] [--host H]  serve the API and the dashboard';

/**
 * Starts the HTTP server; resolves once it listens, with its URL. A port in use is a clear error. While it serves, the
 * export lines of deals its requests change are refreshed in the background.
 */
export async function startServer(database: Database, host: string, port: number, reads: ReadMode = 'open'): Promise<{ url: string; server: ServerType }> {
  const app = createApp(database.db, await dashboardAssets(), { ...apiOptions(loadConfig()), reads });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const refresher = startDealLinesRefresher(database.db, (err) => console.error(`serve: cannot refresh the deals' export lines (trying again shortly): ${err.message}`));
      server.once('close', () => void refresher.stop());
      resolve({ url: `http://${host.includes(':') ? `[${host}]` : host}:${info.port}/`, server });
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(new Error(err.code === 'EADDRINUSE'
        ? `serve: port ${port} on ${host} is in use — stop the program using it, or choose another port with --port N or PORT=N`
        : err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND'
          ? `serve: cannot listen on ${host}:${port}: ${host} is not an address of this machine — set HOST (or --host) to one, such as 127.0.0.1`
          : `serve: cannot listen on ${host}:${port}: ${err.message} — choose another port with --port N or PORT=N, or another HOST`, { cause: err }));
    });
  });
}

/** Closes the server and the database on SIGINT/SIGTERM. */
export function closeOnSignal(server: ServerType, database: Database): void {
  const stop = () => {
    server.close(() => void database.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export function listenOptions(args: string[], config: Config): { host: string; port: number } {
  const { values } = parseArgs({ args, options: { port: { type: 'string' }, host: { type: 'string' } } });
  const port = values.port === undefined ? config.PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`serve: --port must be a whole number from 0 to 65535, got "${values.port}"`);
  return { host: values.host ?? config.HOST, port };
}

export async function serveCommand(args: string[]): Promise<void> {
  const config = loadConfig();
  const { host, port } = listenOptions(args, config);
  const database = await openFromConfig(config);
  try {
    const { url, server } = await startServer(database, host, port, config.API_READS);
    closeOnSignal(server, database);
    console.log(`news-intel: serving ${database.kind} (${database.location}) at ${url}`);
  } catch (err) {
    await database.close();
    throw err;
  }
}
