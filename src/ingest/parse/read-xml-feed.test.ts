import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';

const rss = (items: string, channel = '') => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>T</title>${channel}
${items}
</channel></rss>`;

describe('parseFeed: malformed feeds', () => {
  it('drops only the item whose tags do not close, keeping the ones around it', () => {
    const feed = parseFeed(rss(`<item><guid>1</guid><title>One</title><description>HTML left <b>open</description></item>
<item><guid>2</guid><title>Two<link>https://x.example/2</link></item>
<item><guid>3</guid><title>Three</title></item>`), 'unclosed.xml');
    expect(feed.articles.map((a) => [a.id, a.title, a.body])).toEqual([['1', 'One', 'HTML left open'], ['3', 'Three', '']]);
    expect(feed.dropped).toEqual({ 'malformed-item': 1 });
    expect(feed.title).toBe('T');
  });

  it('takes the items of a document cut off in the middle', () => {
    const whole = rss('<item><guid>1</guid><title>One</title></item><item><guid>2</guid><title>Two</title>');
    expect(parseFeed(whole.replace('\n</channel></rss>', ''), 'cut.xml').articles.map((a) => a.id)).toEqual(['1', '2']);
    const midTag = parseFeed(whole.replace('e>\n</channel></rss>', ''), 'cut.xml');
    expect(midTag.articles.map((a) => a.id)).toEqual(['1']);
    expect(midTag.dropped).toEqual({ 'malformed-item': 1 });
  });

  it('salvages Atom entries the same way', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><id>e1</id><title>Good</title><content>Fine.</content></entry>
<entry><id>e2</id><title>Bad</title><content>Broken</contnet></entry>
</feed>`;
    const feed = parseFeed(atom, 'atom.xml');
    expect(feed).toMatchObject({ title: 'A', format: 'atom', dropped: { 'malformed-item': 1 } });
    expect(feed.articles.map((a) => a.id)).toEqual(['e1']);
  });

  it('does not split items at an <item> written inside CDATA', () => {
    const feed = parseFeed(rss(`<item><guid>1</guid><title>A</title><description><![CDATA[<item>quoted</item> text]]></description></item>
<item><guid>2</guid><title>B</tit></item>`), 'cdata.xml');
    expect(feed.articles.map((a) => [a.id, a.body])).toEqual([['1', 'quoted text']]);
    expect(feed.dropped).toEqual({ 'malformed-item': 1 });
  });

  it('reads a well-formed feed with nothing in it as an empty feed', () => {
    expect(parseFeed('<rss version="2.0"><channel></channel></rss>', 'empty.xml')).toEqual({
      title: null, siteUrl: null, format: 'rss', ttlMinutes: null, articles: [], dropped: {},
    });
    expect(parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"/>', 'empty.atom').format).toBe('atom');
  });

  it('salvages RSS 1.0 (RDF) items too', () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link></channel>
<item rdf:about="https://r.example/1"><title>One</title></item>
<item rdf:about="https://r.example/2"><title>Two</tite></item></rdf:RDF>`;
    expect(parseFeed(rdf, 'r.rdf')).toMatchObject({ title: 'R', format: 'rdf', articles: [{ id: 'https://r.example/1' }], dropped: { 'malformed-item': 1 } });
  });

  it('throws naming the source and the line when nothing can be read', () => {
    expect(() => parseFeed('<rss version="2.0"><channel>\n<title>T</title>\n<item><title>One</tit></item>', 'bad.xml'))
      .toThrow(/^parse: bad\.xml: not well-formed XML \(line 3, column \d+: Expected closing tag 'title'/);
  });

  it('keeps an item whose date cannot be read, with published null', () => {
    const feed = parseFeed(rss(`<item><guid>1</guid><title>A</title><pubDate>Mon, 32 Foo 2024 25:61</pubDate></item>
<item><guid>2</guid><title>B</title><pubDate>Wed, 06 Mar 2024 09:30:00 EST</pubDate></item>
<item><guid>3</guid><title>C</title><pubDate>0001-01-01T00:00:00Z</pubDate></item>`), 'dates.xml');
    expect(feed.articles.map((a) => a.published)).toEqual([null, '2024-03-06T14:30:00.000Z', null]);
  });

  it('strips HTML from titles, raw, escaped or in CDATA', () => {
    const feed = parseFeed(rss(`<item><guid>1</guid><title>Raw <b>bold</b> title</title></item>
<item><guid>2</guid><title>Escaped &lt;i&gt;italic&lt;/i&gt; &amp;amp; more</title></item>
<item><guid>3</guid><title><![CDATA[CDATA <a href="/x">link</a><script>x()</script>]]></title></item>`), 'titles.xml');
    expect(feed.articles.map((a) => a.title)).toEqual(['Raw bold title', 'Escaped italic & more', 'CDATA link']);
  });

  it('reads a feed whose declared encoding is wrong, and drops characters XML forbids', () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>\n${rss('<item><guid>1</guid><title>Caf\u00e9 \u00c3\u00a9 \ufffd\u0001 ok</title></item>')}`;
    expect(parseFeed(xml, 'latin1.xml').articles[0]!.title).toBe('Caf\u00e9 \u00c3\u00a9 \ufffd ok');
    const utf16 = `\ufeff<?xml version="1.0" encoding="UTF-16"?>${rss('<item><guid>1</guid><title>Sixteen</title></item>')}`;
    expect(parseFeed(utf16, 'utf16.xml').articles[0]!.title).toBe('Sixteen');
  });

  it('resolves relative links against entry xml:base, then feed xml:base, then the feed URL', () => {
    const xml = `<rss version="2.0" xml:base="/news/"><channel><title>T</title><link>./</link>
<item><guid>1</guid><title>A</title><link>a.html</link></item>
<item xml:base="https://cdn.example/posts/"><guid>2</guid><title>B</title><link>../b.html</link></item>
</channel></rss>`;
    const feed = parseFeed(xml, 'feed.xml', { baseUrl: 'https://site.example/feeds/rss.xml' });
    expect(feed.siteUrl).toBe('https://site.example/news/');
    expect(feed.articles.map((a) => a.url)).toEqual(['https://site.example/news/a.html', 'https://cdn.example/b.html']);
    const plain = rss('<item><title>A</title><link>/a.html</link></item>');
    expect(parseFeed(plain, 'https://src.example/feed.xml').articles[0]!.url).toBe('https://src.example/a.html');
    expect(parseFeed(plain, 'feed.xml').articles[0]).toMatchObject({ url: null, id: expect.stringMatching(/^hash:/) });
  });

  it('never yields a link that is not http(s)', () => {
    const feed = parseFeed(rss('<item><title>A</title><link>javascript:alert(1)</link></item>'), 'https://x.example/f');
    expect(feed.articles[0]!.url).toBeNull();
  });
});
