import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Feeds written for the tests: fictional companies, fictional deals. */
export const rssItems = [
  { guid: 'lumenfold-1', title: 'Lumenfold raises $14 million Series A led by Corvane Partners',
    body: 'Lumenfold, a Tallinn-based maker of grid batteries, has raised $14 million in a Series A round led by Corvane Partners.' },
  { guid: 'brisketta-2', title: 'Brisketta acquires Ovenlake for $30 million',
    body: 'Brisketta said on Monday it had agreed to acquire Ovenlake, a bakery software company, for $30 million.' },
  { guid: 'quorra-3', title: 'Quorra Labs and Fenwick Mills form a joint venture',
    body: 'Quorra Labs and Fenwick Mills said they will form a joint venture to build textile recycling plants.' },
];

export function rss(items = rssItems, base = 'https://wire.example'): string {
  const body = items.map((it) => `<item><title>${it.title}</title><link>${base}/${it.guid}</link><guid>${it.guid}</guid>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>${it.body}</description></item>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Fixture Wire</title>
<link>${base}/</link><ttl>30</ttl>${body}</channel></rss>`;
}

export const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Harbor Ledger</title><link href="https://ledger.example/"/><id>urn:ledger</id><updated>2024-04-01T00:00:00Z</updated>
<entry><id>urn:ledger:1</id><title>Saltmarsh Bio closes $8 million seed round</title><link href="https://ledger.example/1"/>
<updated>2024-04-01T00:00:00Z</updated><content type="html">&lt;p&gt;Saltmarsh Bio has closed an $8 million seed round from Pellucid Ventures.&lt;/p&gt;</content></entry>
<entry><id>urn:ledger:2</id><title>Ardentide lists on the Oslo exchange</title><link href="https://ledger.example/2"/>
<updated>2024-04-02T00:00:00Z</updated><content type="html">&lt;p&gt;Ardentide began trading on the Oslo exchange on Tuesday.&lt;/p&gt;</content></entry>
</feed>`;

/** A subscription list with nested folders and one feed in two folders. */
export const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>My reader</title></head><body>
  <outline text="Funding">
    <outline type="rss" text="Fixture Wire" xmlUrl="https://wire.example/feed.xml" htmlUrl="https://wire.example/"/>
    <outline text="Asia">
      <outline type="rss" text="Harbor Ledger" xmlUrl="https://ledger.example/atom.xml"/>
    </outline>
  </outline>
  <outline type="rss" text="Loose Feed" xmlUrl="https://loose.example/rss"/>
  <outline text="M&amp;A"><outline type="rss" text="Fixture Wire" xmlUrl="https://wire.example/feed.xml"/></outline>
</body></opml>`;

export interface FixtureServer {
  url: string;
  /** Requests per path. */
  hits: Map<string, number>;
  /** Request headers per path, last request. */
  headers: Map<string, IncomingMessage['headers']>;
  /** Replace or add a route. */
  route(path: string, handler: (req: IncomingMessage, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

/** Serves `rss` with an ETag (304 on a match), `atom`, a 500, a 429 with Retry-After and article pages, on 127.0.0.1. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  routes.set('/wire.xml', (req, res) => {
    if (req.headers['if-none-match'] === '"wire-v1"') { res.writeHead(304, { etag: '"wire-v1"' }); res.end(); return; }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"wire-v1"', 'cache-control': 'max-age=1800' });
    res.end(rss());
  });
  routes.set('/ledger.atom', (_req, res) => { res.writeHead(200, { 'content-type': 'application/atom+xml' }); res.end(atom); });
  routes.set('/broken.xml', (_req, res) => { res.writeHead(500, { 'content-type': 'text/plain' }); res.end('internal error'); });
  routes.set('/busy.xml', (_req, res) => { res.writeHead(429, { 'retry-after': '7200' }); res.end('slow down'); });
  const hits = new Map<string, number>();
  const headers = new Map<string, IncomingMessage['headers']>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    headers.set(path, req.headers);
    const handler = routes.get(path);
    if (handler) return handler(req, res);
    const page = /^\/page\/(.+)$/.exec(path);
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><head><title>Page ${page[1]}</title></head><body><nav>Home | About</nav><article><h1>Page ${page[1]}</h1>
<p>${'The full story of this fictional deal, told at length in its own page, paragraph after paragraph. '.repeat(8)}</p>
<p>${'A second paragraph with quotes from the founders of the fictional company and its fictional investors. '.repeat(6)}</p></article></body></html>`);
      return;
    }
    res.writeHead(404); res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits, headers,
    route: (path, handler) => { routes.set(path, handler); },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
