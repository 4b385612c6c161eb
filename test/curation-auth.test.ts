import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthEnv } from '../src/api/auth/auth-env.js';
import { bearerToken } from '../src/api/auth/bearer-token.js';
import { readAccess, type ReadMode } from '../src/api/auth/read-access.js';
import { requireToken } from '../src/api/auth/require-token.js';
import { onError } from '../src/api/on-error.js';
import { apiTokens } from '../src/db/schema.js';
import { createToken } from '../src/db/tokens/create-token.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

describe('bearerToken', () => {
  it.each([
    ['Bearer abc', 'abc'], ['bearer  abc ', 'abc'], ['Basic abc', null], ['Bearer', null], ['Bearer a b', null], [undefined, null], ['', null],
  ])('reads %j as %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`curation: read access (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    let token: string;
    const appFor = (mode: ReadMode) => {
      const app = new Hono<AuthEnv>();
      app.onError(onError);
      app.use('/api/*', readAccess(database.db, mode));
      app.get('/api/things', (c) => c.json({ actor: c.get('actor') ?? null }));
      app.post('/api/things', requireToken(database.db), (c) => c.json({ actor: c.get('actor') }));
      return app;
    };
    beforeAll(async () => {
      database = await target.open();
      token = (await createToken(database.db, 'reader')).token;
    });
    afterAll(async () => { await database?.destroy(); });

    it('lets everyone read when open, and still guards writes', async () => {
      const app = appFor('open');
      expect(await (await app.request('/api/things')).json()).toEqual({ actor: null });
      expect((await app.request('/api/things', { method: 'POST' })).status).toBe(401);
      const ok = await app.request('/api/things', { method: 'POST', headers: { authorization: `Bearer ${token}` } });
      expect(await ok.json()).toEqual({ actor: 'reader' });
    });

    it('needs a token for reads when closed, and a write behind both guards passes with the one token', async () => {
      const app = appFor('token');
      const res = await app.request('/api/things');
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
      const bad = await app.request('/api/things', { headers: { authorization: 'Bearer ni_nope' } });
      expect(await bad.json()).toEqual({ error: { code: 'unauthorized', message: 'the API token is not valid' } });
      const ok = await app.request('/api/things', { headers: { authorization: `Bearer ${token}` } });
      expect(await ok.json()).toEqual({ actor: 'reader' });
      const write = await app.request('/api/things', { method: 'POST', headers: { authorization: `Bearer ${token}` } });
      expect(await write.json()).toEqual({ actor: 'reader' });
      const [row] = await database.db.select().from(apiTokens);
      expect(row!.lastUsedAt).toEqual(expect.any(Date));
    });
  });
}
