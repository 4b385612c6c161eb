import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { articles, companies, feeds } from '../../db/schema.js';
import { createToken } from '../../db/tokens/create-token.js';
import type { ArticleInput, Extraction } from '../../extract/types.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { onError } from '../on-error.js';
import { writeRoutes } from './write-routes.js';

/** The first word of the title is the company; an article titled "Boom" cannot be extracted. */
const extract = (a: ArticleInput): Extraction => {
  if (a.title === 'Boom') throw new Error('extractor failed');
  return { id: a.id, title: a.title, money: [], deals: [], companies: [{ name: a.title.split(' ')[0]!, aliases: [a.title.split(' ')[0]!], mentions: 1, confidence: 0.7 }] };
};
const json = (id: string, title: string) => ({ id, title, body: `${title}. More text.`, url: `https://news.example/${id}`, published: '2024-05-01' });
const page = `Brightkiln raises $12 million\n\nBy Dana Reyes\n\nBrightkiln, a Leeds startup, raised $12 million.\n\nOstrava builds a new plant\n\nBy Sam Ode\n\nOstrava said it will build a plant.\n`;

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`write routes (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    let app: Hono;
    let token: string;
    const post = async (body: string, type = 'application/json', auth: string | null = token) => {
      const headers: Record<string, string> = { 'content-type': type };
      if (auth) headers.authorization = `Bearer ${auth}`;
      const res = await app.request('/api/ingest', { method: 'POST', headers, body });
      return { status: res.status, body: await res.json() };
    };

    beforeAll(async () => {
      database = await target.open();
      token = (await createToken(database.db, 'ana')).token;
      app = new Hono();
      app.onError(onError);
      app.route('/api', writeRoutes(database.db, extract));
    });
    afterAll(async () => { await database?.destroy(); });

    it('needs a token', async () => {
      expect(await post(JSON.stringify(json('w-1', 'Hollin buys')), 'application/json', null)).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
      expect(await database.db.select().from(articles)).toEqual([]);
    });

    it('stores JSON articles, a list or one, and counts inserted, updated and unchanged', async () => {
      const list = JSON.stringify({ articles: [json('w-1', 'Hollin buys Vetch'), json('w-2', 'Quenta raises')] });
      expect(await post(list)).toEqual({ status: 200, body: { articles: 2, inserted: 2, updated: 0, unchanged: 0, failed: [] } });
      expect((await post(list)).body).toMatchObject({ inserted: 0, unchanged: 2 });
      expect((await post(JSON.stringify({ ...json('w-2', 'Quenta raises'), body: 'Changed.' }), 'application/json; charset=utf-8')).body)
        .toMatchObject({ articles: 1, updated: 1 });
      expect((await post(JSON.stringify([json('w-3', 'Marrowby hires')]))).body).toMatchObject({ inserted: 1 });
      expect((await database.db.select().from(companies)).map((c) => c.name).sort()).toEqual(['Hollin', 'Marrowby', 'Quenta']);
      expect((await database.db.select().from(feeds)).map((f) => f.source)).toEqual(['api:ana']);
    });

    it('stores pasted page text sent as text/plain', async () => {
      expect(await post(page, 'text/plain; charset=utf-8')).toEqual({ status: 200, body: { articles: 2, inserted: 2, updated: 0, unchanged: 0, failed: [] } });
      const titles = (await database.db.select().from(articles)).map((a) => a.title);
      expect(titles).toEqual(expect.arrayContaining(['Brightkiln raises $12 million', 'Ostrava builds a new plant']));
    });

    it('keeps the other articles when one fails, without showing internals', async () => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      const res = await post(JSON.stringify([json('w-9', 'Boom'), json('w-10', 'Fennick grows')]));
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('extractor failed'));
      logged.mockRestore();
      expect(res.body).toMatchObject({ articles: 2, inserted: 1, failed: [{ id: 'w-9', error: expect.not.stringContaining('extractor failed') }] });
    });

    it.each([
      ['{"articles": [', 'application/json', 400, 'not valid JSON'],
      [JSON.stringify({ articles: [{ id: 'x', body: 'no title' }] }), 'application/json', 400, 'field "title"'],
      [JSON.stringify({ articles: 'none' }), 'application/json', 400, 'expected an array of articles'],
      [JSON.stringify({ articles: [] }), 'application/json', 400, 'the request body has no articles'],
      ['just some words', 'text/plain', 400, 'no articles found in page text'],
      ['<rss/>', 'application/xml', 415, 'application/json'],
      ['x', '', 415, 'text/plain'],
    ])('rejects %j (%s) with %i', async (body, type, status, message) => {
      const res = await post(body, type);
      expect(res.status).toBe(status);
      expect(res.body.error.message).toContain(message);
    });
  });
}
