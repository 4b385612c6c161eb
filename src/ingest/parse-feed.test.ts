import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Deal Wire</title><link>https://wire.example/</link>
<item><title>Halvik &amp; Sons raise $5M</title><link>https://wire.example/1</link><guid>wire-1</guid>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><dc:creator>Lena Ortiz</dc:creator>
<description>short</description>
<content:encoded><![CDATA[<p>Halvik &amp; Sons raised <b>$5 million</b>.</p><p>Second paragraph.</p><script>alert(1)</script>]]></content:encoded></item>
<item><title>No guid here</title><link>https://wire.example/2</link><description>Plain &lt;i&gt;text&lt;/i&gt;</description></item>
</channel></rss>`;

const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<link href="https://atom.example/"/>
<entry><id>urn:uuid:1</id><title type="html">Corvane buys Plumtree</title><link rel="alternate" href="https://atom.example/a"/>
<published>2024-06-01T08:00:00Z</published><author><name>Sam Ude</name></author><content type="html">&lt;p&gt;Corvane bought Plumtree.&lt;/p&gt;</content></entry>
</feed>`;

const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>RDF Wire</title><link>https://rdf.example/</link></channel>
<item rdf:about="https://rdf.example/x"><title>Item X</title><link>https://rdf.example/x</link><description>Body X</description><dc:date>2024-01-02T00:00:00Z</dc:date></item>
</rdf:RDF>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 items, preferring full content, as plain text', () => {
    const feed = parseFeed(rss, 'wire.xml');
    expect(feed).toMatchObject({ title: 'Deal Wire', siteUrl: 'https://wire.example/' });
    expect(feed.articles[0]).toEqual({
      id: 'wire-1', title: 'Halvik & Sons raise $5M', body: 'Halvik & Sons raised $5 million.\n\nSecond paragraph.',
      url: 'https://wire.example/1', published: '2024-03-05T10:00:00.000Z', author: 'Lena Ortiz',
    });
    expect(feed.articles[1]).toMatchObject({ id: 'https://wire.example/2', body: 'Plain text', published: null });
  });

  it('reads Atom entries', () => {
    expect(parseFeed(atom, 'atom.xml').articles).toEqual([{
      id: 'urn:uuid:1', title: 'Corvane buys Plumtree', body: 'Corvane bought Plumtree.', url: 'https://atom.example/a',
      published: '2024-06-01T08:00:00.000Z', author: 'Sam Ude',
    }]);
  });

  it('reads RSS 1.0 (RDF) items', () => {
    expect(parseFeed(rdf, 'rdf.xml').articles[0]).toMatchObject({ id: 'https://rdf.example/x', title: 'Item X', body: 'Body X', published: '2024-01-02T00:00:00.000Z' });
  });

  it('never expands entities declared in a DTD', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>T</title><item><guid>1</guid><title>&b;</title><description>&x;</description></item></channel></rss>`;
    const [item] = parseFeed(laughs, 'evil.xml').articles;
    expect(item!.title).not.toContain('aaaa');
    expect(item!.body).not.toContain('root:');
  });

  it('names the source for malformed and foreign XML', () => {
    expect(() => parseFeed('<html><body>hi</body></html>', 'page.html')).toThrow(/ingest: page\.html: XML is neither RSS nor Atom/);
  });
});
