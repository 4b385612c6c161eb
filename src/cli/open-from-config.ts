import { loadConfig, type Config } from '../config.js';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open-database.js';
import type { FetchOptions } from '../ingest/fetch-url.js';

export const fetchOptions = (config: Config): FetchOptions => ({
  timeoutMs: config.FETCH_TIMEOUT_MS, maxBytes: config.FETCH_MAX_BYTES, allowPrivateAddresses: config.ALLOW_PRIVATE_NETWORKS,
});

/** The configured database (server when DATABASE_URL is set, else PGlite in DATA_DIR), migrated. */
export async function openFromConfig(config: Config = loadConfig()): Promise<Database> {
  return openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
}
