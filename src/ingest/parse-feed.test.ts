import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';

const fixture = (name: string) => readFileSync(new URL(`./parse/fixtures/${name}`, import.meta.url), 'utf8');
const rssItem = (inner: string) => `<rss version="2.0"><channel><title>T</title><item>${inner}</item></channel></rss>`;

describe('parseFeed: formats', () => {
  it('reads RSS 2.0, preferring full content, as plain text', () => {
    const feed = parseFeed(fixture('rss2.xml'), 'wire.xml');
    expect(feed).toMatchObject({ title: 'Deal Wire', siteUrl: 'https://wire.example/', format: 'rss', ttlMinutes: 45, dropped: {} });
    expect(feed.articles).toEqual([
      {
        id: 'wire-1', title: 'Halvik & Sons raise $5M', body: 'Halvik & Sons raised $5 million.\n\nSecond paragraph.',
        url: 'https://wire.example/1', published: '2024-03-05T10:00:00.000Z', author: 'Lena Ortiz', summaryOnly: false,
      },
      {
        id: 'https://wire.example/2', title: 'No guid here', body: 'Plain text and more text.',
        url: 'https://wire.example/2', published: null, author: null, summaryOnly: true,
      },
      {
        id: 'https://wire.example/3', title: 'Permalink guid, no link', body: 'Body three.',
        url: 'https://wire.example/3', published: null, author: 'News Desk', summaryOnly: true,
      },
    ]);
  });

  it('reads RSS 0.91 with its Netscape DOCTYPE', () => {
    const feed = parseFeed(fixture('rss091.xml'), 'old.xml');
    expect(feed).toMatchObject({ title: 'Old Wire', siteUrl: 'http://old.example/', format: 'rss' });
    expect(feed.articles[0]).toMatchObject({ id: 'http://old.example/quillby', body: 'Quillby opened an office in Lisbon.' });
  });

  it('reads RSS 1.0 (RDF) items, with the syndication module as ttl', () => {
    const feed = parseFeed(fixture('rdf.xml'), 'rdf.xml');
    expect(feed).toMatchObject({ title: 'RDF Wire', siteUrl: 'https://rdf.example/', format: 'rdf', ttlMinutes: 360 });
    expect(feed.articles).toEqual([
      {
        id: 'https://rdf.example/x', title: 'Item X', body: 'Body X', url: 'https://rdf.example/x',
        published: '2024-01-02T00:00:00.000Z', author: 'Ray Dee', summaryOnly: true,
      },
      {
        id: 'https://rdf.example/y', title: 'Item Y', body: 'Full Y one.\n\nFull Y two.', url: 'https://rdf.example/y',
        published: null, author: null, summaryOnly: false,
      },
    ]);
  });

  it('reads Atom 1.0: text constructs of every type, xml:base on feed and entry, published before updated', () => {
    const feed = parseFeed(fixture('atom.xml'), 'atom.xml');
    expect(feed).toMatchObject({ title: 'Atom Wire', siteUrl: 'https://atom.example/blog/', format: 'atom', ttlMinutes: null });
    expect(feed.articles).toEqual([
      {
        id: 'urn:uuid:1', title: 'Corvane buys Plumtree', body: 'Corvane bought Plumtree.\n\nTerms were not disclosed.',
        url: 'https://atom.example/blog/corvane', published: '2024-06-01T06:00:00.000Z', author: 'Sam Ude, Ana Bel',
        summaryOnly: false,
      },
      {
        id: 'urn:uuid:2', title: 'Xhtml title', body: 'Para one.\n\nPara two.', url: 'https://other.example/post-2',
        published: null, author: null, summaryOnly: false,
      },
      {
        id: 'urn:uuid:3', title: 'Revenue < $5M & growing', body: 'Line one.\n\nLine two.', url: 'https://atom.example/abs/3',
        published: '2024-06-03T00:00:00.000Z', author: null, summaryOnly: true,
      },
    ]);
  });

  it('reads JSON Feed 1.1: content_html over content_text, summary, relative URLs, items that are not objects', () => {
    const feed = parseFeed(fixture('json-feed.json'), 'feed.json');
    expect(feed).toMatchObject({ title: 'JSON Wire', siteUrl: 'https://json.example/', format: 'json-feed', ttlMinutes: null });
    expect(feed.articles).toEqual([
      {
        id: 'j-1', title: 'Brightmoor raises $12M', body: 'Brightmoor raised $12 million.\n\nLed by Oakfield.',
        url: 'https://json.example/posts/1', published: '2024-02-03T04:05:06.000Z', author: 'Kim Lo, Raj Oh', summaryOnly: false,
      },
      {
        id: '2', title: '', body: 'A text-only post.\n\nSecond paragraph.', url: null, published: null, author: null,
        summaryOnly: false,
      },
      {
        id: 'j-3', title: 'Summary only', body: 'Just the gist…', url: 'https://elsewhere.example/story', published: null,
        author: null, summaryOnly: true,
      },
    ]);
    expect(feed.dropped).toEqual({ 'malformed-item': 1 });
  });

  it('names the source when the document is no feed at all', () => {
    expect(() => parseFeed('<html><body>hi</body></html>', 'page.html')).toThrow(/^parse: page\.html: not a feed: root element is <html>/);
    expect(() => parseFeed('   ', 'blank.xml')).toThrow(/^parse: blank\.xml: empty document/);
    expect(() => parseFeed('{"version": "https://jsonfeed.org/version/1.1", ', 'cut.json')).toThrow(/^parse: cut\.json: invalid JSON/);
    expect(() => parseFeed('{"items": []}', 'other.json')).toThrow(/^parse: other\.json: JSON is not a JSON Feed/);
  });
});

describe('parseFeed: entity safety', () => {
  it('never expands a billion laughs', () => {
    let dtd = '<!ENTITY l0 "lol">';
    for (let i = 1; i < 10; i++) dtd += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [${dtd}]>${rssItem('<guid>1</guid><title>&l9; x</title><description>&l9;&l9;</description>')}`;
    const started = Date.now();
    const [item] = parseFeed(xml, 'laughs.xml').articles;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(item!.title).not.toContain('lol');
    expect(item!.body.length).toBeLessThan(20);
  });

  it('never reads an external entity (XXE), and still takes the items', () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY x SYSTEM "file:///etc/passwd">
  <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;
]>
${rssItem('<guid>1</guid><title>Secret: &x;</title><description>&x; end</description>')}`;
    const feed = parseFeed(xml, 'xxe.xml');
    expect(feed.articles).toHaveLength(1);
    expect(feed.articles[0]!.title).not.toMatch(/root:/);
    expect(feed.articles[0]!.body).not.toMatch(/root:/);
  });
});
