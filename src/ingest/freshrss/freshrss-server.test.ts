import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFreshRss, startFreshRssServer, type FreshRssServer } from '../../../test/support/freshrss-server.js';

// The test server itself, checked against what FreshRSS's greader.php does (../shared/reference/freshrss-api.md).
let server: FreshRssServer;
let auth: string;

const get = async (path: string, headers: Record<string, string> = { authorization: `GoogleLogin auth=${auth}` }) => {
  const res = await fetch(`${server.apiUrl}${path}`, { headers });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
};

beforeAll(async () => {
  server = await startFreshRssServer({ users: { ana: 'api-secret-1' } });
  seedFreshRss(server, 5);
  const res = await fetch(`${server.apiUrl}/accounts/ClientLogin`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'Email=ana&Passwd=api-secret-1',
  });
  const text = await res.text();
  expect(text).toMatch(/^SID=(\S+)\nLSID=null\nAuth=\1\n$/);
  auth = /Auth=(\S+)/.exec(text)![1]!;
});
afterAll(() => server.close());

describe('FreshRSS test server', () => {
  it('answers OK at the bare endpoint, and 401 or 400 for a missing or malformed auth header', async () => {
    expect((await get('', {})).text).toBe('OK');
    expect((await get('/reader/api/0/tag/list?output=json', {})).status).toBe(401);
    expect((await get('/reader/api/0/tag/list?output=json', { authorization: 'GoogleLogin auth=ana/deadbeef' })).status).toBe(401);
    expect((await get('/reader/api/0/tag/list?output=json', { authorization: 'GoogleLogin auth=bad!user/x' })).status).toBe(400);
  });

  it('accepts ClientLogin as a GET too, and answers 501 to the lists without output=json', async () => {
    expect((await get('/accounts/ClientLogin?Email=ana&Passwd=api-secret-1', {})).text).toContain(`Auth=${auth}`);
    expect((await get('/reader/api/0/subscription/list')).status).toBe(501);
    expect((await get('/reader/api/0/subscription/list?output=json')).type).toMatch(/^application\/json/);
  });

  it('pages newest first by default, drops the continuation item, and sends continuation only on a full page (the dropped item counted)', async () => {
    const page1 = JSON.parse((await get('/reader/api/0/stream/contents/user/-/state/com.google/reading-list?n=2')).text);
    expect(page1.id).toBe('user/-/state/com.google/reading-list');
    const ids = server.items.map((i) => i.greaderId).reverse();
    expect(page1.items.map((i: { id: string }) => i.id)).toEqual(ids.slice(0, 2));
    expect(page1.continuation).toBe(server.items[3]!.entryId.toString());
    const page2 = JSON.parse((await get(`/reader/api/0/stream/contents/user/-/state/com.google/reading-list?n=2&c=${page1.continuation}`)).text);
    expect(page2.items.map((i: { id: string }) => i.id)).toEqual(ids.slice(2, 4));
    const page3 = JSON.parse((await get(`/reader/api/0/stream/contents/user/-/state/com.google/reading-list?n=2&c=${page2.continuation}`)).text);
    expect(page3.items.map((i: { id: string }) => i.id)).toEqual(ids.slice(4));
    // The dropped continuation item counts towards "full" (count(entries) >= n), so one more, empty, page follows.
    expect(page3.continuation).toBe(server.items[0]!.entryId.toString());
    const page4 = JSON.parse((await get(`/reader/api/0/stream/contents/user/-/state/com.google/reading-list?n=2&c=${page3.continuation}`)).text);
    expect(page4.items).toEqual([]);
    expect(page4.continuation).toBeUndefined();
  });

  it('shapes items as compat mode does, and filters by ot in whole seconds', async () => {
    const third = server.items[2]!;
    const ot = Math.floor(Number(third.entryId / 1_000_000n));
    const body = JSON.parse((await get(`/reader/api/0/stream/contents/feed/3?r=o&ot=${ot}`)).text);
    const item = body.items[0];
    expect(item).toMatchObject({
      id: third.greaderId, timestampUsec: third.entryId.toString(), crawlTimeMsec: (third.entryId / 1000n).toString(),
      origin: { streamId: 'feed/3', title: 'Harbor Ledger' }, summary: { content: third.html },
    });
    expect(item.categories).toEqual(['user/-/state/com.google/reading-list', 'user/-/label/Fintech']);
    expect(body.items.every((i: { origin: { streamId: string } }) => i.origin.streamId === 'feed/3')).toBe(true);
  });

  it('lists a category stream and a label stream', async () => {
    const industry = JSON.parse((await get('/reader/api/0/stream/contents/user/-/label/Industry')).text);
    expect(industry.items).toHaveLength(2);
    const watch = JSON.parse((await get('/reader/api/0/stream/contents/user/-/label/Watchlist')).text);
    expect(watch.items.map((i: { id: string }) => i.id)).toEqual([server.items[4]!.greaderId, server.items[0]!.greaderId]);
  });

  it('gives a 57-character write token', async () => {
    const t = await get('/reader/api/0/token');
    expect(t.text).toMatch(/^[0-9a-f]{40}Z{17}\n$/);
  });
});
