import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticleText } from './fetch-article-text.js';
import type { FetchLimits } from './fetch-types.js';
import { startTestServer } from './start-test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
const limits: FetchLimits = { timeoutMs: 3000, maxBytes: 1_000_000, maxRedirects: 3, allowPrivateAddresses: true };

const PARAGRAPHS = [
  'Acme Robotics, a warehouse-automation startup based in Berlin, said on Monday it had raised €12 million in a Series A round led by Example Ventures, with participation from Sample Capital.',
  'The company plans to use the money to hire engineers and to take its picking robots into France and Spain over the next year, its chief executive said in an interview.',
  '“We are thrilled,” she said, adding that revenue had tripled in the past twelve months\nand that the firm now employs 40 people.',
];

const PAGE = `<!doctype html><html><head><meta charset="windows-1252"><title>Acme Robotics raises €12M Series A | Example News</title>
<script>document.title = 'HACKED'; document.body.innerHTML = 'HACKED';</script><style>body { color: red }</style></head>
<body><header><nav class="menu"><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/tech">Tech</a> <a href="/login">Sign in</a></nav></header>
<div class="ad-banner sponsor" id="top-ad">ADVERT: Buy the best widgets today! Limited offer, click here.</div>
<main><article>
<h1>Acme Robotics raises €12M Series A</h1>
<p class="byline">By A. Writer</p>
<p>${PARAGRAPHS[0]}</p>
<script>document.write('<p>HACKED by an inline script</p>')</script>
<p>${PARAGRAPHS[1]}</p>
<p><img src="x" onerror="document.body.innerHTML='HACKED'">${PARAGRAPHS[2]!.replace('\n', '<br>')}</p>
</article></main>
<aside class="sidebar related"><h3>Related</h3><ul><li><a href="/a">Other funding news</a></li><li><a href="/b">More news</a></li></ul></aside>
<div class="social share">Share on X · Share by email</div>
<footer class="footer">© 2026 Example News. All rights reserved. Privacy · Terms</footer></body></html>`;

/** The page in windows-1252, as its meta tag says (the test's text has only these characters above ASCII). */
const CP1252: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94, '·': 0xb7, '©': 0xa9 };
const encoded = Buffer.from(Array.from(PAGE, (c) => CP1252[c] ?? c.charCodeAt(0)));

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    if (req.url === '/article') res.writeHead(200, { 'content-type': 'text/html' }).end(encoded);
    else if (req.url === '/moved') res.writeHead(301, { location: '/article' }).end();
    else if (req.url === '/report.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
    else res.writeHead(404).end();
  });
});
afterAll(() => server.close());

describe('fetchArticleText', () => {
  it('takes the article body from around nav, ads and scripts, as paragraphs separated by blank lines', async () => {
    const { title, text } = await fetchArticleText(`${server.base}/moved`, limits);
    expect(title).toBe('Acme Robotics raises €12M Series A');
    expect(text).toContain(PARAGRAPHS.join('\n\n'));
    expect(text).not.toMatch(/HACKED|ADVERT|Markets|Related|Share on|All rights reserved|color: red/);
  });

  it('refuses what is not an HTML page, and fails like any fetch', async () => {
    await expect(fetchArticleText(`${server.base}/report.pdf`, limits)).rejects.toMatchObject({
      kind: 'protocol', message: `fetch: ${server.base}/report.pdf: not an HTML page (Content-Type application/pdf)` });
    await expect(fetchArticleText(`${server.base}/gone`, limits)).rejects.toMatchObject({ kind: 'http', httpStatus: 404 });
    await expect(fetchArticleText(`${server.base}/article`, { ...limits, allowPrivateAddresses: false })).rejects.toMatchObject({ kind: 'private-address' });
  });
});
