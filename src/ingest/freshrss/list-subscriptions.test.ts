import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshrssTestLimits, rejection } from '../../../test/support/freshrss-test-kit.js';
import { seedFreshRss, startFreshRssServer, type FreshRssServer } from '../../../test/support/freshrss-server.js';
import { listSubscriptions } from './list-subscriptions.js';
import { listTags } from './list-tags.js';
import { login } from './login.js';

const limits = freshrssTestLimits;
let server: FreshRssServer;

const account = () => ({ baseUrl: server.url, user: 'ana', apiPassword: 'api-secret-1' });

beforeAll(async () => {
  server = await startFreshRssServer({ users: { ana: 'api-secret-1' } });
  seedFreshRss(server, 5);
  server.addFeed({ id: 12, title: 'Lowland Grid Notes', url: 'https://lowland-grid.example/atom', htmlUrl: '', category: 'Energy & Climate' });
});
afterAll(() => server.close());

describe('listSubscriptions', () => {
  it('lists every feed with its URL and its category as a tag', async () => {
    expect(await listSubscriptions(account(), limits)).toEqual([
      { streamId: 'feed/3', title: 'Harbor Ledger', feedUrl: 'https://harbor-ledger.example/feed.xml', siteUrl: 'https://harbor-ledger.example/', categories: ['Fintech'] },
      { streamId: 'feed/7', title: 'Quill & Anvil Weekly', feedUrl: 'https://quill-anvil.example/rss', siteUrl: 'https://quill-anvil.example/', categories: ['Industry'] },
      { streamId: 'feed/12', title: 'Lowland Grid Notes', feedUrl: 'https://lowland-grid.example/atom', siteUrl: null, categories: ['Energy & Climate'] },
    ]);
    const req = server.requests.at(-1)!;
    expect(req.path).toBe('/reader/api/0/subscription/list');
    expect(req.query.get('output')).toBe('json');
  });

  it('reuses a token instead of logging in again', async () => {
    const token = await login(server.url, 'ana', 'api-secret-1', limits);
    const before = server.requests.length;
    await listSubscriptions({ ...account(), apiPassword: 'not used', token }, limits);
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(['/reader/api/0/subscription/list']);
  });

  it('says when the server refuses a stale token', async () => {
    const err = await rejection(listSubscriptions({ ...account(), token: 'ana/0000000000000000000000000000000000000000' }, limits));
    expect(err.kind).toBe('auth');
    expect(err.message).toBe(`freshrss: ${server.url}: listing subscriptions failed: the server refused the auth token (HTTP 401); log in again`);
  });
});

describe('listTags', () => {
  it('lists categories as folders and user labels as tags', async () => {
    expect(await listTags(account(), limits)).toEqual([
      { id: 'user/-/state/com.google/starred', name: null, type: null },
      { id: 'user/-/label/Fintech', name: 'Fintech', type: 'folder' },
      { id: 'user/-/label/Industry', name: 'Industry', type: 'folder' },
      { id: 'user/-/label/Energy & Climate', name: 'Energy & Climate', type: 'folder' },
      { id: 'user/-/label/Watchlist', name: 'Watchlist', type: 'tag' },
    ]);
  });
});
