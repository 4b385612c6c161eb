import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { describe, expect, it } from 'vitest';
import { FetchError } from './fetch-types.js';
import { guardedLookup, type ResolveAll } from './guarded-lookup.js';

const where = { url: 'http://feeds.example/rss', at: 'http://feeds.example/rss' };
const fake = (...addresses: string[]): ResolveAll => (_host, callback) =>
  callback(null, addresses.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 })));

function run(lookup: LookupFunction, all: boolean): Promise<unknown> {
  return new Promise((resolve, reject) => {
    lookup('feeds.example', { all }, (err, address, family) => (err ? reject(err) : resolve(all ? address : { address, family })));
  });
}

describe('guardedLookup', () => {
  it.each(['10.0.0.1', '::ffff:127.0.0.1', '169.254.169.254', '::1', 'fd12::1', '100.64.0.1', '::ffff:a9fe:a9fe'])(
    'refuses a host that resolves to %s',
    async (address) => {
      const err = await run(guardedLookup(where, false, fake(address)), true).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FetchError);
      expect(err).toMatchObject({ kind: 'private-address', url: where.url });
      expect((err as Error).message).toBe(`fetch: http://feeds.example/rss: refused, feeds.example resolves to private address ${address} `
        + '(set ALLOW_PRIVATE_NETWORKS=1 to allow)');
    },
  );

  it('refuses the host when any one of its addresses is private (no picking the public one to race)', async () => {
    await expect(run(guardedLookup(where, false, fake('93.184.216.34', '10.0.0.1')), false)).rejects.toMatchObject({ kind: 'private-address' });
  });

  it('passes public addresses on, in both callback forms, and names the hop after a redirect', async () => {
    const lookup = guardedLookup(where, false, fake('93.184.216.34', '2606:2800:220:1::1'));
    expect(await run(lookup, true)).toEqual([{ address: '93.184.216.34', family: 4 }, { address: '2606:2800:220:1::1', family: 6 }]);
    expect(await run(lookup, false)).toEqual({ address: '93.184.216.34', family: 4 });
    const hop = guardedLookup({ url: where.url, at: 'http://cdn.example/x' }, false, fake('10.0.0.1'));
    await expect(run(hop, true)).rejects.toThrow(/^fetch: http:\/\/feeds\.example\/rss \(redirected to http:\/\/cdn\.example\/x\): refused/);
  });

  it('allows private addresses when told to', async () => {
    expect(await run(guardedLookup(where, true, fake('10.0.0.1')), true)).toEqual([{ address: '10.0.0.1', family: 4 }]);
  });

  it('reports a failed resolution as a dns error in the resolver’s words', async () => {
    const failing: ResolveAll = (host, callback) =>
      callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }), []);
    await expect(run(guardedLookup(where, false, failing), true)).rejects.toMatchObject({
      kind: 'dns', message: 'fetch: http://feeds.example/rss: cannot resolve host feeds.example (getaddrinfo ENOTFOUND feeds.example)',
    });
  });
});
