import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportOpml } from '../src/cli/export-opml.js';
import { importOpml } from '../src/cli/import-opml.js';
import { registerFeed } from '../src/db/feed-register.js';
import { removeFeed } from '../src/db/feed-remove.js';
import { listFeeds } from '../src/db/queries/list-feeds.js';
import { storeArticle } from '../src/db/store-article.js';
import { articles } from '../src/db/schema.js';
import { parseOpml } from '../src/ingest/parse/parse-opml.js';
import type { ArticleInput, Extraction } from '../src/extract/types.js';
import { opml } from './feeds-fixture-server.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

const extract = (a: ArticleInput): Extraction => ({ id: a.id, title: a.title, companies: [], money: [], deals: [] });
const dir = mkdtempSync(join(tmpdir(), 'news-intel-opml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`feeds OPML and removal (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    beforeAll(async () => { database = await target.open(); });
    afterAll(async () => { await database?.destroy(); });

    it('imports an OPML list with folders as tags, and a second import adds nothing', async () => {
      const file = join(dir, 'subs.opml');
      writeFileSync(file, opml);
      expect(await importOpml(database.db, file)).toMatch(/3 feeds: 3 added, 0 already present/);
      const feeds = await listFeeds(database.db);
      expect(feeds.map((f) => [f.source, f.kind, f.title, f.tags])).toEqual([
        ['https://wire.example/feed.xml', 'url', 'Fixture Wire', ['Funding', 'M&A']],
        ['https://ledger.example/atom.xml', 'url', 'Harbor Ledger', ['Funding', 'Asia']],
        ['https://loose.example/rss', 'url', 'Loose Feed', []],
      ]);
      expect(await importOpml(database.db, file)).toMatch(/3 feeds: 0 added, 3 already present/);
      expect(await listFeeds(database.db)).toHaveLength(3);
    });

    it('exports OPML that imports back to the same feeds and tags', async () => {
      const { opml: out, count } = await exportOpml(database.db);
      expect(count).toBe(3);
      const back = parseOpml(out, 'export.opml');
      const norm = (list: { url: string; title: string | null; tags: string[] }[]) =>
        list.map((f) => ({ url: f.url, title: f.title, tags: [...f.tags].sort() })).sort((a, b) => a.url.localeCompare(b.url));
      expect(norm(back.feeds)).toEqual(norm((await listFeeds(database.db)).map((f) => ({ url: f.source, title: f.title, tags: f.tags }))));
    });

    it('removes a feed and keeps its articles, even when two removed feeds share an entry key', async () => {
      const a = (await registerFeed(database.db, { source: 'https://one.example/rss', kind: 'url' })).feed;
      const b = (await registerFeed(database.db, { source: 'https://two.example/rss', kind: 'url' })).feed;
      await storeArticle(database.db, a.id, { id: 'item-1', title: 'Ostrel raises $1 million', body: 'Ostrel raised $1 million.' }, extract);
      await storeArticle(database.db, b.id, { id: 'item-1', title: 'Pomegrane buys Vantor', body: 'Pomegrane bought Vantor.' }, extract);
      expect(await removeFeed(database.db, a.id)).toMatchObject({ id: a.id });
      expect(await removeFeed(database.db, b.id)).toMatchObject({ id: b.id });
      expect(await removeFeed(database.db, b.id)).toBeNull();
      const kept = await database.db.select().from(articles);
      expect(kept.map((r) => [r.feedId, r.entryKey]).sort()).toEqual([[null, `removed-feed-${a.id}:item-1`], [null, `removed-feed-${b.id}:item-1`]]);
    });
  });
}
