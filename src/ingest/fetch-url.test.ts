import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl } from './fetch-url.js';
import { isPrivateAddress } from './private-address.js';

let server: Server;
let base: string;
const allow = { timeoutMs: 2000, maxBytes: 1000, allowPrivateAddresses: true };

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed') { res.setHeader('content-type', 'application/rss+xml'); res.end('<rss version="2.0"></rss>'); return; }
    if (req.url === '/big') { res.end('x'.repeat(5000)); return; }
    if (req.url === '/loop') { res.writeHead(302, { location: '/loop' }); res.end(); return; }
    if (req.url === '/moved') { res.writeHead(301, { location: '/feed' }); res.end(); return; }
    if (req.url === '/slow') { res.write('x'); return; } // never ends
    res.writeHead(404); res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => { server.closeAllConnections(); server.close(); });

describe('fetchUrl', () => {
  it('fetches a body and follows redirects', async () => {
    expect(await fetchUrl(`${base}/moved`, allow)).toMatchObject({ url: `${base}/feed`, text: '<rss version="2.0"></rss>' });
  });

  it('refuses loopback and private addresses unless allowed', async () => {
    await expect(fetchUrl(`${base}/feed`, { ...allow, allowPrivateAddresses: false }))
      .rejects.toThrow(/fetch: .*refused, 127\.0\.0\.1 resolves to private address 127\.0\.0\.1/);
  });

  it('ends with a clear error on a body over the cap, a redirect loop, a hang and an HTTP error', async () => {
    await expect(fetchUrl(`${base}/big`, allow)).rejects.toThrow(/body larger than 1000 bytes/);
    await expect(fetchUrl(`${base}/loop`, allow)).rejects.toThrow(/more than 5 redirects/);
    await expect(fetchUrl(`${base}/slow`, { ...allow, timeoutMs: 300 })).rejects.toThrow(/fetch: .*\/slow: timed out after 300 ms/);
    await expect(fetchUrl(`${base}/missing`, allow)).rejects.toThrow(/HTTP 404/);
    await expect(fetchUrl('file:///etc/passwd', allow)).rejects.toThrow(/only http and https/);
  });
});

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.16.0.1', true], ['172.32.0.1', false], ['192.168.1.1', true],
    ['169.254.169.254', true], ['100.64.0.1', true], ['0.0.0.0', true], ['::1', true], ['fd00::1', true], ['fe80::1', true],
    ['::ffff:127.0.0.1', true], ['8.8.8.8', false], ['2001:4860:4860::8888', false],
  ])('%s → %s', (ip, expected) => {
    expect(isPrivateAddress(ip)).toBe(expected);
  });
});
