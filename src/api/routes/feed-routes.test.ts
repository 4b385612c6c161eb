import { expect, it } from 'vitest';
import { createToken } from '../../db/tokens/create-token.js';
import { describeApi } from '../../../test/support/api-harness.js';

describeApi('feeds API', ({ app, database, get }) => {
  it('adds a feed with a token, lists it with its state, and removes it', async () => {
    const { token } = await createToken(database().db, 'feeds-test');
    const post = (body: unknown, auth = token) => app().request('/api/feeds', {
      method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) }, body: JSON.stringify(body),
    });
    expect((await post({ url: 'https://news.example/feed.xml' }, '')).status).toBe(401);
    const created = await post({ url: 'https://news.example/feed.xml', tags: ['fintech'], full_text: true });
    expect(created.status).toBe(201);
    const feed = await created.json() as { id: number };
    expect(feed).toMatchObject({ source: 'https://news.example/feed.xml', tags: ['fintech'], fetchFullText: true, created: true });
    expect((await post({ url: 'https://news.example/feed.xml' })).status).toBe(200);
    const bad = await post({ url: 'ftp://x.example/feed' });
    expect(bad.status).toBe(400);
    expect((await bad.json() as { error: { message: string } }).error.message).toContain('"url"');
    expect((await post({ url: 'https://x.example/f', colour: 'red' })).status).toBe(400);
    const listed = (await get('/api/feeds')).body.items;
    expect(listed).toEqual([expect.objectContaining({ id: feed.id, kind: 'url', tags: ['fintech'], errorCount: 0, articles: 0 })]);
    expect(listed[0]).not.toHaveProperty('etag');
    const del = (id: number, auth = token) => app().request(`/api/feeds/${id}`, { method: 'DELETE', headers: auth ? { authorization: `Bearer ${auth}` } : {} });
    expect((await del(feed.id, '')).status).toBe(401);
    expect((await del(feed.id)).status).toBe(200);
    expect((await del(feed.id)).status).toBe(404);
    expect((await get('/api/feeds')).body.items).toEqual([]);
  });
});
