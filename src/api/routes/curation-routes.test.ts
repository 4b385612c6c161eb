import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companies, deals } from '../../db/schema.js';
import { storeArticle } from '../../db/store-article.js';
import { createToken } from '../../db/tokens/create-token.js';
import { revokeToken } from '../../db/tokens/revoke-token.js';
import type { ArticleInput, Extraction } from '../../extract/types.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import { onError } from '../on-error.js';
import { curationRoutes } from './curation-routes.js';

const article: ArticleInput = { id: 'api-1', title: 'Orbitwell and Orbitwell Labs', body: 'Orbitwell Labs raised money from Tallgrass.', published: '2024-02-01' };
const extract = (a: ArticleInput): Extraction => ({
  id: a.id, title: a.title, money: [],
  companies: ['Orbitwell', 'Orbitwell Labs', 'Tallgrass'].map((name) => ({ name, aliases: [name], mentions: 1, confidence: 0.8 })),
  deals: [{
    type: 'funding', subject: 'Orbitwell Labs', counterparties: ['Tallgrass'], leadInvestors: [], amount: null, round: null, status: 'completed',
    salience: 'main', evidence: a.body, evidenceStart: 0, evidenceEnd: a.body.length, confidence: 0.4,
  }],
});

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`curation routes (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    let app: Hono;
    let token: string;
    const ids = new Map<string, number>();
    let dealId: number;
    const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = { authorization: `Bearer ${token}` }) => {
      const res = await app.request(path, {
        method, headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json(), headers: res.headers };
    };

    beforeAll(async () => {
      database = await target.open();
      await storeArticle(database.db, null, article, extract);
      for (const c of await database.db.select().from(companies)) ids.set(c.name, c.id);
      dealId = (await database.db.select().from(deals))[0]!.id;
      token = (await createToken(database.db, 'ana')).token;
      app = new Hono();
      app.onError(onError);
      app.route('/api', curationRoutes(database.db));
    });
    afterAll(async () => { await database?.destroy(); });

    it('answers 401 as JSON without a token, and one message for a wrong or a revoked token', async () => {
      const path = `/api/companies/${ids.get('Orbitwell Labs')}/wrong`;
      const missing = await call('POST', path, { wrong: true }, {});
      expect(missing).toMatchObject({ status: 401, body: { error: { code: 'unauthorized', message: expect.stringContaining('Authorization: Bearer') } } });
      expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await call('POST', path, { wrong: true }, { authorization: 'Basic YTpi' })).status).toBe(401);
      const wrong = await call('POST', path, { wrong: true }, { authorization: `Bearer ni_${'A'.repeat(43)}` });
      const other = await createToken(database.db, 'gone');
      await revokeToken(database.db, other.id);
      const revoked = await call('POST', path, { wrong: true }, { authorization: `Bearer ${other.token}` });
      expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'unauthorized', message: 'the API token is not valid' } } });
      expect(revoked.body).toEqual(wrong.body);
      expect(revoked.status).toBe(401);
    });

    it.each([
      ['not json', 'the request body must be a JSON object'], [[1], 'the request body must be a JSON object'],
      [{}, 'body field "into" must be a company id'], [{ into: 'x' }, 'body field "into" must be a company id'],
      [{ into: 2.5 }, 'body field "into" must be a company id'], [{ into: 1, colour: 'red' }, 'unknown body field "colour"'],
    ])('rejects a merge body %j with a 400 naming the field', async (body, message) => {
      const res = await call('POST', `/api/companies/${ids.get('Orbitwell Labs')}/merge`, body);
      expect(res).toMatchObject({ status: 400, body: { error: { code: 'bad_request', message: expect.stringContaining(message) } } });
    });

    it('merges, lists and undoes through the API, refusing with clear errors, and logs the token name as actor', async () => {
      const from = ids.get('Orbitwell Labs')!;
      const into = ids.get('Orbitwell')!;
      expect(await call('POST', `/api/companies/${from}/merge`, { into: from })).toMatchObject({ status: 400, body: { error: { message: `cannot merge company ${from} into itself` } } });
      expect(await call('POST', `/api/companies/${from}/merge`, { into: 999999 })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
      expect((await call('POST', '/api/companies/abc/merge', { into })).body.error.message).toContain('"id"');
      const merged = await call('POST', `/api/companies/${from}/merge`, { into });
      expect(merged).toMatchObject({ status: 200, body: { fromId: from, intoId: into, moved: { aliases: 1, mentions: 1, parties: 0, subjectDeals: 1 } } });
      const again = await call('POST', `/api/companies/${from}/merge`, { into });
      expect(again.status).toBe(409);
      expect(again.body.error.message).toContain('already merged');
      const list = await call('GET', '/api/merges');
      expect(list.body.items[0]).toMatchObject({ id: merged.body.mergeId, actor: 'ana', from: { name: 'Orbitwell Labs' }, into: { name: 'Orbitwell' }, undoneAt: null });
      expect(await call('POST', `/api/merges/${merged.body.mergeId}/undo`)).toMatchObject({ status: 200, body: { mergeId: merged.body.mergeId, fromId: from, intoId: into } });
      const twice = await call('POST', `/api/merges/${merged.body.mergeId}/undo`);
      expect(twice.status).toBe(409);
      expect(twice.body.error.message).toContain('already undone');
      expect((await call('POST', '/api/merges/999999/undo')).status).toBe(404);
      const log = await call('GET', `/api/curation-log?target_type=company&target_id=${from}`);
      expect(log.body.items.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([['unmerge', 'ana'], ['merge', 'ana']]);
      expect(log.body.items[0].createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    });

    it('marks companies wrong and reviews deals', async () => {
      const id = ids.get('Tallgrass')!;
      expect(await call('POST', `/api/companies/${id}/wrong`, { wrong: true })).toMatchObject({ status: 200, body: { id, markedWrong: true, changed: true } });
      expect(await call('POST', `/api/companies/${id}/wrong`, { wrong: 'yes' })).toMatchObject({ status: 400, body: { error: { message: 'body field "wrong" must be true or false' } } });
      expect(await call('POST', '/api/companies/999999/wrong', { wrong: true })).toMatchObject({ status: 404 });
      expect(await call('POST', `/api/deals/${dealId}/review`, { review: 'rejected' })).toMatchObject({ status: 200, body: { id: dealId, review: 'rejected' } });
      expect(await call('POST', `/api/deals/${dealId}/review`, { review: null })).toMatchObject({ status: 200, body: { review: null } });
      expect(await call('POST', `/api/deals/${dealId}/review`, {})).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('body field "review"') } } });
      expect(await call('POST', `/api/deals/${dealId}/review`, { review: 'maybe' })).toMatchObject({ status: 400 });
      const log = await call('GET', `/api/curation-log?target_type=deal&limit=5`);
      expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(['clear_review', 'reject']);
    });

    it('lists low-confidence deals and suspected duplicate companies', async () => {
      const low = await call('GET', '/api/review/low-confidence-deals?max_confidence=0.5&limit=10');
      expect(low.body.items.map((d: { id: number }) => d.id)).toEqual([dealId]);
      expect((await call('GET', '/api/review/low-confidence-deals?max_confidence=0.2')).body.items).toEqual([]);
      const dups = await call('GET', '/api/review/duplicate-companies?limit=5');
      expect(dups.body.items).toEqual([expect.objectContaining({ a: expect.objectContaining({ name: 'Orbitwell' }), b: expect.objectContaining({ name: 'Orbitwell Labs' }) })]);
    });

    it.each([
      ['/api/review/low-confidence-deals?max_confidence=2', 'max_confidence'], ['/api/review/low-confidence-deals?max_confidence=abc', 'max_confidence'],
      ['/api/review/duplicate-companies?limit=0', 'limit'], ['/api/curation-log?target_type=feed', 'target_type'],
      ['/api/curation-log?target_id=-1', 'target_id'], ['/api/merges?colour=red', 'colour'], ['/api/merges?limit=1000', 'limit'],
    ])('rejects %s with a 400 naming "%s"', async (path, param) => {
      const res = await call('GET', path);
      expect(res).toMatchObject({ status: 400, body: { error: { code: 'bad_request', message: expect.stringContaining(`"${param}"`) } } });
    });
  });
}
