import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFreshRss, startFreshRssServer, type FreshRssServer } from '../../../test/support/freshrss-server.js';
import type { FetchLimits } from '../fetch/fetch-types.js';
import { createGreaderClient } from './greader-client.js';

const limits: FetchLimits = { timeoutMs: 5_000, maxBytes: 1 << 20, maxRedirects: 3, allowPrivateAddresses: true };
let server: FreshRssServer;

beforeAll(async () => {
  server = await startFreshRssServer({ users: { ana: 'api-secret-1' } });
  seedFreshRss(server, 6);
});
afterAll(() => server.close());

describe('createGreaderClient', () => {
  it('logs in once for subscriptions, tags and a pull', async () => {
    const client = createGreaderClient({ baseUrl: server.apiUrl, user: 'ana', apiPassword: 'api-secret-1' }, limits);
    expect(await client.listSubscriptions()).toHaveLength(2);
    expect((await client.listTags()).map((t) => t.name)).toContain('Watchlist');
    const ids: string[] = [];
    for await (const page of client.pullArticles({ pageSize: 4 })) ids.push(...page.articles.map((a) => a.article.id));
    expect(ids).toHaveLength(6);
    expect(server.requests.filter((r) => r.path === '/accounts/ClientLogin')).toHaveLength(1);
  });

  it('tries the login again after a refusal', async () => {
    const before = server.requests.length;
    const client = createGreaderClient({ baseUrl: server.url, user: 'ana', apiPassword: 'wrong' }, limits);
    await expect(client.login()).rejects.toThrow('login refused for user ana');
    await expect(client.listTags()).rejects.toThrow('login refused for user ana');
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(['/accounts/ClientLogin', '/accounts/ClientLogin']);
  });
});
