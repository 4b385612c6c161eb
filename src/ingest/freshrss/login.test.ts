import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshrssTestLimits, rejection } from '../../../test/support/freshrss-test-kit.js';
import { startFreshRssServer, type FreshRssServer } from '../../../test/support/freshrss-server.js';
import { FreshRssError } from './freshrss-error.js';
import { login } from './login.js';

const limits = freshrssTestLimits;
let server: FreshRssServer;

beforeAll(async () => {
  server = await startFreshRssServer({ users: { ana: 'api-secret-1' } });
});
afterAll(() => server.close());

describe('login', () => {
  it('posts Email and Passwd as a form and returns the Auth token', async () => {
    const token = await login(server.url, 'ana', 'api-secret-1', limits);
    expect(token).toMatch(/^ana\/[0-9a-f]{40}$/);
    const req = server.requests.at(-1)!;
    expect(req).toMatchObject({ method: 'POST', path: '/accounts/ClientLogin' });
    expect(req.query.toString()).toBe('');
  });

  it('accepts the API endpoint itself as the base URL', async () => {
    expect(await login(`${server.apiUrl}/`, 'ana', 'api-secret-1', limits)).toMatch(/^ana\//);
  });

  it('says which user was refused and where, never the password', async () => {
    const err = await rejection(login(server.url, 'ana', 'wrong-secret', limits));
    expect(err).toBeInstanceOf(FreshRssError);
    expect((err as FreshRssError).message).toBe(`freshrss: ${server.url}: login refused for user ana (check the API password in FreshRSS settings)`);
    expect((err as FreshRssError).kind).toBe('auth');
    expect((err as FreshRssError).httpStatus).toBe(401);
    expect(JSON.stringify(err) + String((err as Error).stack)).not.toContain('wrong-secret');
  });

  it('refuses an unknown user the same way, and a malformed user name as such', async () => {
    await expect(login(server.url, 'bruno', 'api-secret-1', limits)).rejects.toThrow(/login refused for user bruno \(check the API password/);
    await expect(login(server.url, 'no such user!', 'x', limits)).rejects.toThrow(/login refused for user no such user!: FreshRSS says it is not a valid user name \(HTTP 400\)/);
  });

  it('explains a 503 as API access being off', async () => {
    server.setApiEnabled(false);
    try {
      const err = await rejection(login(server.url, 'ana', 'api-secret-1', limits));
      expect(err.kind).toBe('api-disabled');
      expect(err.message).toMatch(new RegExp(`^freshrss: ${server.url}: login failed: HTTP 503 .*Allow API access`));
    } finally {
      server.setApiEnabled(true);
    }
  });

  it('refuses a private address unless private networks are allowed', async () => {
    const before = server.requests.length;
    const err = await rejection(login(server.url, 'ana', 'api-secret-1', { ...limits, allowPrivateAddresses: false }));
    expect(err).toBeInstanceOf(FreshRssError);
    expect(err.kind).toBe('fetch');
    expect(err.message).toMatch(new RegExp(`^freshrss: ${server.url}: login failed: fetch: .*private`));
    expect(err.message).not.toContain('api-secret-1');
    expect(server.requests.length).toBe(before);
  });

  it('names a server that is not a Google Reader API', async () => {
    const fake = async () => ({ status: 'ok' as const, url: '', finalUrl: '', httpStatus: 200, contentType: 'text/html', charset: 'utf-8', text: '<html>hello</html>', bytes: 18,
      hints: { etag: null, lastModified: null, maxAgeSeconds: null, expires: null, retryAfterSeconds: null } });
    await expect(login('https://rss.example.org', 'ana', 'x', limits, fake)).rejects.toThrow('freshrss: https://rss.example.org: login failed: the answer has no Auth= line');
  });
});
