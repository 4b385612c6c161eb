import { z } from 'zod';

const bool = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const schema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  FETCH_MAX_BYTES: z.coerce.number().int().positive().default(15 * 1024 * 1024),
  ALLOW_PRIVATE_NETWORKS: bool.default(false),
  LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
  /** A FreshRSS instance to pull from through its Google Reader API (the API password is set in FreshRSS's profile). */
  FRESHRSS_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  FRESHRSS_USER: z.string().min(1).optional(),
  FRESHRSS_API_PASSWORD: z.string().min(1).optional(),
  /** 'token' closes API reads to callers without an API token (writes always need one). */
  API_READS: z.enum(['open', 'token']).default('open'),
  /** Largest request body of an API write (feeds, curation); /api/ingest takes API_MAX_INGEST_BYTES. */
  API_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  /** Largest request body of POST /api/ingest (a batch of articles or a pasted page). */
  API_MAX_INGEST_BYTES: z.coerce.number().int().min(1024).default(5 * 1024 * 1024),
  /** Requests per minute per client address and per API token (a token bucket refilled at this rate); 0 turns limits off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Requests a client may send at once before the per-minute rate applies (the bucket's size). */
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(120),
  /** Read the client address from the last X-Forwarded-For entry (only behind a reverse proxy that sets it). */
  TRUST_PROXY: bool.default(false),
  /** Feeds fetched at once by `news-intel run`. */
  POLL_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
});

export type Config = z.infer<typeof schema>;

/** Reads configuration from an environment; fails listing every bad key at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([k, v]) => k in schema.shape && v !== ''));
  const r = schema.safeParse(present);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    const keys = [...new Set(r.error.issues.map((i) => String(i.path[0])))];
    throw new Error(`config: invalid environment:\n${lines.join('\n')}\nconfig: bad value${keys.length > 1 ? 's' : ''} in ${keys.join(', ')} — correct ${keys.length > 1 ? 'them' : 'it'} in the environment, or unset ${keys.length > 1 ? 'them' : 'it'} to take the default`);
  }
  return r.data;
}
