import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { registerFeed } from '../../db/feed-register.js';
import { login } from '../../ingest/freshrss/login.js';
import { freshrssAccountSource } from '../freshrss-account-source.js';
import { importFreshrssExport } from '../import-freshrss-export.js';
import { openFromConfig } from '../open-from-config.js';
import { pollDeps } from '../poll-deps.js';

export const freshrssUsage = `news-intel freshrss add [<baseUrl>] [--user U]   pull a FreshRSS account's articles in \`run\` (API password: FRESHRSS_API_PASSWORD)
  news-intel freshrss import <export.json>   store the articles of a FreshRSS JSON export`;

async function add(args: string[]): Promise<number> {
  const config = loadConfig();
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { user: { type: 'string' } } });
  const baseUrl = positionals[0] ?? config.FRESHRSS_URL;
  const user = values.user ?? config.FRESHRSS_USER;
  if (!baseUrl || positionals.length > 1) throw new Error(`usage: ${freshrssUsage}\n(or set FRESHRSS_URL)`);
  if (!user) throw new Error('freshrss: add needs the account\'s user: --user U (or FRESHRSS_USER)');
  const source = freshrssAccountSource(baseUrl, user);
  const deps = pollDeps(config);
  if (config.FRESHRSS_API_PASSWORD) await login(baseUrl, user, config.FRESHRSS_API_PASSWORD, deps.limits);
  const database = await openFromConfig(config);
  try {
    const { feed, created } = await registerFeed(database.db, { source, kind: 'freshrss', title: `FreshRSS (${user})` });
    console.log(`freshrss: ${created ? 'added' : 'already following'} #${feed.id} ${feed.source}`
      + (config.FRESHRSS_API_PASSWORD ? ' (login checked)' : '; set FRESHRSS_API_PASSWORD before `news-intel run`'));
    return 0;
  } finally {
    await database.close();
  }
}

/** `news-intel freshrss …`: follow a FreshRSS account, or import a FreshRSS article export. */
export async function freshrssCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') return add(rest);
  if (sub === 'import' && rest.length === 1) return importFreshrssExport(rest[0]!);
  throw new Error(`usage: ${freshrssUsage}`);
}
