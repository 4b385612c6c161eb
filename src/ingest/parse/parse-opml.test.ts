import { describe, expect, it } from 'vitest';
import { parseOpml } from './parse-opml.js';
import { writeOpml } from './write-opml.js';

const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0" xmlns:frss="https://freshrss.org/opml">
  <head><title>My &amp; subscriptions</title></head>
  <body>
    <outline text="Tech">
      <outline text="AI">
        <outline type="rss" text="Model Wire" xmlUrl="https://model.example/feed?a=1&amp;b=2" htmlUrl="https://model.example/"/>
      </outline>
      <outline type="rss" text="Chip Daily" title="Chip Daily (title)" xmlUrl="https://chips.example/rss"/>
    </outline>
    <outline text="Finance">
      <outline type="rss" text="Model Wire again" xmlUrl="https://model.example/feed?a=1&amp;b=2"/>
      <outline type="rss" text="Broken" xmlUrl="not a url"/>
      <outline type="rss" text="FTP" xmlUrl="ftp://files.example/feed"/>
    </outline>
    <outline type="rss" text="Loose" xmlUrl="http://loose.example/feed.xml" htmlUrl="javascript:alert(1)" frss:cssFullContent="article"/>
    <outline text="Empty folder"/>
  </body>
</opml>`;

describe('parseOpml', () => {
  it('reads feeds once each, nested folders as tags, and counts invalid URLs', () => {
    expect(parseOpml(opml, 'subs.opml')).toEqual({
      title: 'My & subscriptions',
      feeds: [
        { url: 'https://model.example/feed?a=1&b=2', title: 'Model Wire', siteUrl: 'https://model.example/', tags: ['Tech', 'AI', 'Finance'] },
        { url: 'https://chips.example/rss', title: 'Chip Daily (title)', siteUrl: null, tags: ['Tech'] },
        { url: 'http://loose.example/feed.xml', title: 'Loose', siteUrl: null, tags: [] },
      ],
      dropped: { 'invalid-url': 2 },
    });
  });

  it('never expands entities from a DTD', () => {
    const evil = `<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>
<opml version="2.0"><head><title>&b;&x;</title></head><body><outline text="&b;" xmlUrl="https://x.example/f"/></body></opml>`;
    const parsed = parseOpml(evil, 'evil.opml');
    expect(JSON.stringify(parsed)).not.toMatch(/aaaa|root:/);
    expect(parsed.feeds).toHaveLength(1);
  });

  it('throws naming the source for what is not OPML', () => {
    expect(() => parseOpml('<rss version="2.0"/>', 'x.xml')).toThrow(/^parse: x\.xml: not OPML: root element is <rss>/);
    expect(() => parseOpml('<opml version="2.0">\n<head><title>x</head><body/></opml>', 'bad.opml'))
      .toThrow(/^parse: bad\.opml: not well-formed XML \(line 2/);
  });
});

describe('writeOpml', () => {
  const feeds = [
    { url: 'https://a.example/feed?x=1&y=2', title: 'A "quoted" & <tagged> \'feed\'', siteUrl: 'https://a.example/', tags: ['News', 'Deals'] },
    { url: 'https://b.example/rss', title: null, siteUrl: null, tags: [] },
    { url: 'https://c.example/atom', title: 'C\tline', siteUrl: null, tags: ['Deals', 'News & Views'] },
    { url: 'https://d.example/feed', title: 'D', siteUrl: null, tags: ['News'] },
  ];

  it('round-trips: parseOpml(writeOpml(x)) gives x back, folders as tags, order kept', () => {
    const text = writeOpml('Export <1> & "2"', feeds);
    expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<opml version="2\.0">/);
    expect(text).not.toMatch(/<tagged>|"quoted"/);
    const back = parseOpml(text, 'roundtrip.opml');
    expect(back).toEqual({ title: 'Export <1> & "2"', feeds: feeds.map((f) => ({ ...f, title: f.title?.replace('\t', ' ') ?? null })), dropped: {} });
  });

  it('round-trips what it parsed', () => {
    const parsed = parseOpml(opml, 'subs.opml');
    expect(parseOpml(writeOpml(parsed.title, parsed.feeds), 'again.opml')).toEqual({ ...parsed, dropped: {} });
  });

  it('drops characters XML cannot hold', () => {
    const text = writeOpml('T\u0001', [{ url: 'https://x.example/', title: 'bad\u0002char', siteUrl: null, tags: [] }]);
    expect(parseOpml(text, 'ctl.opml').feeds[0]!.title).toBe('badchar');
  });
});
