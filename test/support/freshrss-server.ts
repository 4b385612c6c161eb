import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small FreshRSS Google Reader API (`/api/greader.php`) on 127.0.0.1, for tests. It behaves as FreshRSS's
 * `p/api/greader.php` does for a pull client (see ../shared/reference/freshrss-api.md): ClientLogin, the
 * `GoogleLogin auth=` header, stream contents with `n`, `r`, `ot`, `nt`, `xt`, `it` and `c` continuation
 * (n+1 fetched from the continuation id, the first dropped; `continuation` only on a full page), the
 * subscription and tag lists (501 without `output=json`), token and user-info. Data is whatever the test adds.
 */

export interface FakeFeed {
  id: number;
  title: string;
  /** The feed's own URL (subscription `url`). */
  url: string;
  htmlUrl: string;
  category: string;
}

export interface FakeItemInput {
  feedId: number;
  title: string;
  /** HTML, sent in `summary.content` as compat mode does. */
  html: string;
  link: string;
  published: Date;
  author?: string;
  /** When FreshRSS received it; the entry id is this in microseconds. Default: the server's clock, which steps 1.234567 s. */
  receivedAt?: Date;
  /** User labels (FreshRSS tags). */
  labels?: string[];
  read?: boolean;
  starred?: boolean;
}

export interface FakeItem extends FakeItemInput {
  /** The entry id: receive time in microseconds. */
  entryId: bigint;
  /** `tag:google.com,2005:reader/item/<16 hex digits>` */
  greaderId: string;
}

export interface RecordedRequest {
  method: string;
  /** Decoded path after `/api/greader.php`. */
  path: string;
  query: URLSearchParams;
  authorization: string | null;
}

export interface FreshRssServer {
  /** `http://127.0.0.1:<port>` (the instance root). */
  url: string;
  /** `<url>/api/greader.php` */
  apiUrl: string;
  feeds: FakeFeed[];
  items: FakeItem[];
  requests: RecordedRequest[];
  /** User labels with no item yet still show in tag/list. */
  labels: Set<string>;
  addFeed(feed: FakeFeed): void;
  addItems(items: FakeItemInput[]): FakeItem[];
  /** The next `times` requests whose path matches answer `status` with a plain-text body (and `headers`, e.g. Retry-After). */
  failNext(match: RegExp, status?: number, times?: number, headers?: Record<string, string>): void;
  /** Admin's "Allow API access"; off answers 503 to everything but the bare endpoint. */
  setApiEnabled(on: boolean): void;
  close(): Promise<void>;
}

const READING_LIST = 'user/-/state/com.google/reading-list';
const STATE = 'user/-/state/com.google/';
const USERNAME = /^([0-9a-zA-Z_][0-9a-zA-Z_.@-]{1,38}|[0-9a-zA-Z])$/;

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

export async function startFreshRssServer(opts: { users?: Record<string, string>; salt?: string; clockStart?: Date } = {}): Promise<FreshRssServer> {
  const users = opts.users ?? { ana: 'api-secret-1' };
  const salt = opts.salt ?? 'test-salt';
  let clock = BigInt((opts.clockStart ?? new Date('2026-01-05T08:00:00Z')).getTime()) * 1000n;
  let apiEnabled = true;
  const feeds: FakeFeed[] = [];
  const items: FakeItem[] = [];
  const labels = new Set<string>();
  const requests: RecordedRequest[] = [];
  const faults: { match: RegExp; status: number; times: number; headers: Record<string, string> }[] = [];

  const tokenOf = (user: string) => `${user}/${sha1(salt + user + users[user])}`;

  function addItems(input: FakeItemInput[]): FakeItem[] {
    return input.map((i) => {
      let id = i.receivedAt ? BigInt(i.receivedAt.getTime()) * 1000n : (clock += 1_234_567n);
      while (items.some((x) => x.entryId === id)) id += 1n;
      const item: FakeItem = { ...i, entryId: id, greaderId: `tag:google.com,2005:reader/item/${id.toString(16).padStart(16, '0')}` };
      items.push(item);
      items.sort((a, b) => (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0));
      return item;
    });
  }

  function toGReader(i: FakeItem) {
    const feed = feeds.find((f) => f.id === i.feedId);
    const categories = [READING_LIST, `user/-/label/${feed?.category ?? '_'}`];
    if (i.read) categories.push(`${STATE}read`);
    if (i.starred) categories.push(`${STATE}starred`);
    for (const l of i.labels ?? []) categories.push(`user/-/label/${l}`);
    return {
      id: i.greaderId,
      crawlTimeMsec: (i.entryId / 1000n).toString(),
      timestampUsec: i.entryId.toString(),
      published: Math.floor(i.published.getTime() / 1000),
      title: i.title,
      canonical: [{ href: i.link }],
      alternate: [{ href: i.link }],
      categories,
      origin: { streamId: `feed/${i.feedId}`, htmlUrl: feed?.htmlUrl ?? '', title: feed?.title ?? '_' },
      summary: { content: i.html },
      ...(i.author ? { author: i.author } : {}),
    };
  }

  /** The items of a stream id, or null when FreshRSS would not match it (it then answers an empty list). */
  function streamItems(streamId: string): FakeItem[] {
    if (streamId === READING_LIST || streamId === '') return items;
    if (streamId === `${STATE}starred`) return items.filter((i) => i.starred);
    if (streamId.startsWith('feed/')) {
      const key = streamId.slice(5);
      const feed = /^\d+$/.test(key) ? feeds.find((f) => f.id === Number(key)) : feeds.find((f) => f.url === key);
      return feed ? items.filter((i) => i.feedId === feed.id) : [];
    }
    const label = /^user\/[^/]+\/label\/(.+)$/.exec(streamId)?.[1];
    if (label !== undefined) {
      const inCategory = feeds.filter((f) => f.category === label).map((f) => f.id);
      if (inCategory.length > 0) return items.filter((i) => inCategory.includes(i.feedId));
      return items.filter((i) => i.labels?.includes(label));
    }
    return [];
  }

  function stateFilter(list: FakeItem[], it: string, xt: string): FakeItem[] {
    const has = (i: FakeItem, t: string) => (t === `${STATE}read` ? !!i.read : t === `${STATE}unread` ? !i.read : t === `${STATE}starred` ? !!i.starred : true);
    return list.filter((i) => (it === '' || has(i, it)) && (xt === '' || !xt.startsWith(STATE) || !has(i, xt)));
  }

  function streamContents(streamId: string, q: URLSearchParams) {
    const n = q.has('n') ? Number.parseInt(q.get('n')!, 10) || 0 : 20;
    const order = q.get('r') === 'o' ? 'ASC' : 'DESC';
    const ot = Number.parseInt(q.get('ot') ?? '', 10) || 0;
    const nt = Number.parseInt(q.get('nt') ?? '', 10) || 0;
    const c = (q.get('c') ?? '').trim();
    const continuation = /^\d+$/.test(c) ? BigInt(c) : null;
    let list = stateFilter(streamItems(streamId), q.get('it') ?? '', q.get('xt') ?? '');
    if (ot > 0) list = list.filter((i) => i.entryId >= BigInt(ot) * 1_000_000n);
    if (nt > 0) list = list.filter((i) => i.entryId <= BigInt(nt) * 1_000_000n);
    if (order === 'DESC') list = [...list].reverse();
    if (continuation !== null) list = list.filter((i) => (order === 'ASC' ? i.entryId >= continuation : i.entryId <= continuation));
    const entries = list.slice(0, continuation !== null ? n + 1 : n);
    const sent = continuation !== null ? entries.slice(1) : entries;
    const body: Record<string, unknown> = { id: READING_LIST, updated: Math.floor(Date.now() / 1000), items: sent.map(toGReader) };
    const last = entries.at(-1);
    if (entries.length >= n && last) body.continuation = last.entryId.toString();
    return body;
  }

  function subscriptionList() {
    return {
      subscriptions: feeds.map((f) => ({
        id: `feed/${f.id}`, title: f.title, categories: [{ id: `user/-/label/${f.category}`, label: f.category }],
        url: f.url, htmlUrl: f.htmlUrl, iconUrl: `http://127.0.0.1/f.php?${sha1(f.url).slice(0, 8)}`,
      })),
    };
  }

  function tagList() {
    const tags: Record<string, unknown>[] = [{ id: `${STATE}starred` }];
    for (const c of new Set(feeds.map((f) => f.category))) tags.push({ id: `user/-/label/${c}`, type: 'folder' });
    const all = new Set([...labels, ...items.flatMap((i) => i.labels ?? [])]);
    for (const l of all) tags.push({ id: `user/-/label/${l}`, type: 'tag', unread_count: items.filter((i) => !i.read && i.labels?.includes(l)).length });
    return { tags };
  }

  const send = (res: ServerResponse, status: number, body: string, type = 'text/plain; charset=UTF-8', extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*', ...extra });
    res.end(body);
  };
  const json = (res: ServerResponse, body: unknown) => send(res, 200, `${JSON.stringify(body)}\n`, 'application/json; charset=UTF-8');
  const badRequest = (res: ServerResponse) => send(res, 400, 'Bad Request!');
  const unauthorized = (res: ServerResponse) => send(res, 401, 'Unauthorized!', undefined, { 'google-bad-token': 'true' });

  /** The user of a `GoogleLogin auth=` header: '' when absent, null after answering 400/401. */
  function authorizedUser(req: IncomingMessage, res: ServerResponse): string | null {
    const header = req.headers.authorization ?? '';
    const auth = /^GoogleLogin\s+auth=(\S+)$/i.exec(header)?.[1];
    if (!auth) return '';
    const slash = auth.indexOf('/');
    if (slash < 0) return '';
    const user = auth.slice(0, slash);
    if (!USERNAME.test(user)) {
      badRequest(res);
      return null;
    }
    if (!(user in users) || auth !== tokenOf(user)) {
      unauthorized(res);
      return null;
    }
    return user;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'OPTIONS') return send(res, 204, '', undefined, { 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'Authorization' });
    if (!raw.pathname.startsWith('/api/greader.php')) return send(res, 404, 'Not Found');
    const path = decodeURIComponent(raw.pathname.slice('/api/greader.php'.length));
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const form = new URLSearchParams(req.method === 'POST' ? Buffer.concat(chunks).toString('utf8') : '');
    requests.push({ method: req.method ?? 'GET', path, query: raw.searchParams, authorization: req.headers.authorization ?? null });

    const fault = faults.find((f) => f.match.test(path));
    if (fault) {
      if (--fault.times <= 0) faults.splice(faults.indexOf(fault), 1);
      return send(res, fault.status, fault.status >= 500 ? 'Internal Server Error' : 'Error', undefined, fault.headers);
    }
    if (path === '') return send(res, 200, 'OK');
    const parts = path.split('/');
    if (parts.length < 3) return badRequest(res);
    if (!apiEnabled) return send(res, 503, 'Service Unavailable!');
    if (parts[1] === 'check' && parts[2] === 'compatibility') return send(res, 200, req.headers.authorization ? 'PASS' : 'FAIL get HTTP Authorization header! Wrong Web server configuration.');

    const user = authorizedUser(req, res);
    if (user === null) return;
    const q = raw.searchParams;
    if (parts[1] === 'accounts' && parts[2] === 'ClientLogin') {
      const email = form.get('Email') ?? q.get('Email');
      const passwd = form.get('Passwd') ?? q.get('Passwd');
      if (email === null || passwd === null) return badRequest(res);
      if (!USERNAME.test(email)) return badRequest(res);
      if (!(email in users) || users[email] !== passwd) return unauthorized(res);
      const auth = tokenOf(email);
      return send(res, 200, `SID=${auth}\nLSID=null\nAuth=${auth}\n`);
    }
    if (path.startsWith('/reader/api/0/') && parts.length > 4) {
      if (user === '') return unauthorized(res);
      const rest = parts.slice(4).join('/');
      if (rest.startsWith('stream/contents')) {
        const inPath = rest.slice('stream/contents'.length).replace(/^\//, '');
        return json(res, streamContents(inPath || q.get('s') || READING_LIST, q));
      }
      if (rest === 'subscription/list' || rest === 'tag/list') {
        if (q.get('output') !== 'json') return send(res, 501, 'Not Implemented!');
        return json(res, rest === 'tag/list' ? tagList() : subscriptionList());
      }
      if (rest === 'token') return send(res, 200, `${sha1(salt + user + users[user]).padEnd(57, 'Z')}\n`);
      if (rest === 'user-info') return json(res, { userId: user, userName: user, userProfileId: user, userEmail: '' });
    }
    return badRequest(res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => send(res, 500, `test server: ${(err as Error).message}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url, apiUrl: `${url}/api/greader.php`, feeds, items, requests, labels,
    addFeed: (f) => void feeds.push(f),
    addItems,
    failNext: (match, status = 500, times = 1, headers = {}) => void faults.push({ match, status, times, headers }),
    setApiEnabled: (on) => void (apiEnabled = on),
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((err) => (err ? reject(err) : resolve()));
    }),
  };
}

const COMPANIES = ['Brightvale Robotics', 'Corvid Peak Labs', 'Marlowe Tidewater', 'Sundial Forge', 'Opaline Freight', 'Kestrel Loom', 'Ambergate Bio'];
const INVESTORS = ['Halden Creek Partners', 'Nine Ferns Capital', 'Lowmoor Ventures'];

/** Two fictional feeds in two categories, and `count` fictional funding items alternating between them, received one after another. */
export function seedFreshRss(server: FreshRssServer, count: number, start = new Date('2026-01-05T08:00:00Z')): FakeItem[] {
  if (!server.feeds.some((f) => f.id === 3)) {
    server.addFeed({ id: 3, title: 'Harbor Ledger', url: 'https://harbor-ledger.example/feed.xml', htmlUrl: 'https://harbor-ledger.example/', category: 'Fintech' });
    server.addFeed({ id: 7, title: 'Quill &amp; Anvil Weekly', url: 'https://quill-anvil.example/rss', htmlUrl: 'https://quill-anvil.example/', category: 'Industry' });
  }
  const offset = server.items.length;
  return server.addItems(Array.from({ length: count }, (_, i) => {
    const k = offset + i;
    const company = COMPANIES[k % COMPANIES.length]!;
    const investor = INVESTORS[k % INVESTORS.length]!;
    return {
      feedId: k % 2 === 0 ? 3 : 7,
      title: `${company} raises $${k + 2} million &amp; more (item ${k})`,
      html: `<p>${company}, a fictional maker of test fixtures, said it raised <b>$${k + 2} million</b> in a Series A round led by ${investor}.</p>`
        + `<script>track(${k})</script><p>The round&nbsp;closed on Monday.<br>Item ${k}.</p>`,
      link: `https://news.example/articles/${k}?utm_source=rss`,
      published: new Date(start.getTime() - 3_600_000 + k * 60_000),
      author: k % 3 === 0 ? 'Dana Whitlock' : undefined,
      receivedAt: new Date(start.getTime() + k * 1_500),
      labels: k % 4 === 0 ? ['Watchlist'] : [],
    };
  }));
}
