import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { registerFeed } from '../../db/feed-register.js';
import { removeFeed } from '../../db/feed-remove.js';
import { listFeeds } from '../../db/queries/list-feeds.js';
import type { Database } from '../../db/database.js';
import { exportOpml } from '../export-opml.js';
import { formatFeeds } from '../format-feeds.js';
import { importOpml } from '../import-opml.js';
import { openFromConfig } from '../open-from-config.js';

export const feedsUsage = `news-intel feeds [--json]               list feeds with their state
  news-intel feeds add <url> [--tag T]... [--full-text]   follow a feed (--full-text: read each new item's page)
  news-intel feeds import <file.opml>    follow every feed of an OPML list (folders become tags)
  news-intel feeds export [--out FILE]   write the feeds as OPML
  news-intel feeds remove <id>           stop following a feed (its articles stay)`;

const usageError = () => new Error(`usage: ${feedsUsage}`);

async function add(database: Database, args: string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args, allowPositionals: true, options: { tag: { type: 'string', multiple: true }, 'full-text': { type: 'boolean' } },
  });
  if (positionals.length !== 1) throw usageError();
  const url = positionals[0]!;
  if (!/^https?:\/\/[^/]/i.test(url) || !URL.canParse(url)) throw new Error(`feeds: "${url}" is not an http(s) URL`);
  const { feed, created } = await registerFeed(database.db, {
    source: url, kind: 'url', tags: values.tag ?? [], ...(values['full-text'] ? { fetchFullText: true } : {}),
  });
  const tags = feed.tags.length ? ` (tags: ${feed.tags.join(', ')})` : '';
  return `feeds: ${created ? 'added' : 'already following'} #${feed.id} ${feed.source}${tags}${created ? '; `news-intel run` polls it' : ''}`;
}

async function remove(database: Database, args: string[]): Promise<string> {
  const [id, ...rest] = args;
  if (!id || rest.length || !/^\d+$/.test(id)) throw new Error(`feeds: remove takes one feed id (see \`news-intel feeds\`), got "${args.join(' ')}"`);
  const row = await removeFeed(database.db, Number(id));
  if (!row) throw new Error(`feeds: no feed #${id}`);
  return `feeds: removed #${row.id} ${row.source}; its articles stay`;
}

/** `news-intel feeds …`: list, add, import, export and remove the feeds `news-intel run` polls. */
export async function feedsCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const database = await openFromConfig();
  try {
    switch (sub) {
      case undefined: case 'list': case '--json': {
        const list = await listFeeds(database.db);
        const json = sub === '--json' || rest.includes('--json');
        process.stdout.write(json ? `${JSON.stringify(list, null, 2)}\n` : formatFeeds(list));
        return 0;
      }
      case 'add': console.log(await add(database, rest)); return 0;
      case 'import': {
        if (rest.length !== 1) throw usageError();
        console.log(await importOpml(database.db, rest[0]!));
        return 0;
      }
      case 'export': {
        const { values } = parseArgs({ args: rest, options: { out: { type: 'string' } } });
        const { opml, count } = await exportOpml(database.db);
        if (!values.out) process.stdout.write(opml);
        else {
          await writeFile(values.out, opml);
          console.error(`feeds: wrote ${count} feeds to ${values.out}`);
        }
        return 0;
      }
      case 'remove': console.log(await remove(database, rest)); return 0;
      default: throw usageError();
    }
  } finally {
    await database.close();
  }
}
