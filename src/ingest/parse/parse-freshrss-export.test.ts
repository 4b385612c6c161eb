import { describe, expect, it } from 'vitest';
import { greaderItemToArticle } from './greader-item.js';
import { parseFreshrssExport } from './parse-freshrss-export.js';

const item = (over: Record<string, unknown> = {}) => ({
  id: 'tag:google.com,2005:reader/item/0005c62466ee28fe',
  crawlTimeMsec: '1625234531559',
  timestampUsec: '1625234531559678',
  published: 1625230000,
  title: 'Ferrobyte &amp; Co. raise &lt;b&gt;$9M&lt;/b&gt;',
  canonical: [{ href: 'https://news.example/ferrobyte' }],
  alternate: [{ href: 'https://news.example/ferrobyte?utm=x', type: 'text/html' }],
  categories: ['user/-/state/com.google/reading-list', 'user/-/state/com.google/starred'],
  origin: { streamId: 'feed/12', title: 'News &amp; Deals', htmlUrl: 'https://news.example/', feedUrl: 'https://news.example/rss' },
  content: { content: '<p>Ferrobyte raised $9 million.</p><p>Second paragraph of the full article.</p>' },
  author: 'Ana Ruiz',
  guid: 'https://news.example/?p=1',
  ...over,
});

const exported = (items: unknown[]) => JSON.stringify({ id: 'user/ana/state/org.freshrss/starred', title: 'Starred', author: 'ana', items });

describe('parseFreshrssExport', () => {
  it('keeps the FreshRSS item id, full content as text, links, date and origin', () => {
    const { articles, dropped } = parseFreshrssExport(exported([item()]), 'starred.json');
    expect(dropped).toEqual({});
    expect(articles).toEqual([{
      id: 'tag:google.com,2005:reader/item/0005c62466ee28fe',
      title: 'Ferrobyte & Co. raise $9M',
      body: 'Ferrobyte raised $9 million.\n\nSecond paragraph of the full article.',
      url: 'https://news.example/ferrobyte',
      published: '2021-07-02T12:46:40.000Z',
      author: 'Ana Ruiz',
      summaryOnly: false,
      origin: { streamId: 'feed/12', title: 'News & Deals', htmlUrl: 'https://news.example/', feedUrl: 'https://news.example/rss' },
    }]);
  });

  it('drops repeated ids and empty items, so importing twice never duplicates', () => {
    const once = item();
    const { articles, dropped } = parseFreshrssExport(
      exported([once, { ...once, title: 'Changed title' }, item({ id: 'tag:google.com,2005:reader/item/1', title: '', content: undefined }), 'junk']),
      'feed.json',
    );
    expect(articles.map((a) => a.title)).toEqual(['Ferrobyte & Co. raise $9M']);
    expect(dropped).toEqual({ 'duplicate-id': 1, 'no-title-or-content': 1, 'malformed-item': 1 });
  });

  it('throws naming the source for what is not an export', () => {
    expect(() => parseFreshrssExport('{"items": ', 'cut.json')).toThrow(/^parse: cut\.json: invalid JSON/);
    expect(() => parseFreshrssExport('{"entries": []}', 'other.json')).toThrow(/^parse: other\.json: not a FreshRSS export/);
  });
});

describe('greaderItemToArticle', () => {
  it('reads a stream/contents item (compat mode: HTML in summary, alternate link only)', () => {
    const result = greaderItemToArticle(item({
      content: undefined, canonical: undefined, summary: { content: 'Teaser only…' }, published: '1625230000',
    }), 'freshrss:reading-list');
    expect(result).toMatchObject({
      article: { url: 'https://news.example/ferrobyte?utm=x', body: 'Teaser only…', summaryOnly: true, published: '2021-07-02T12:46:40.000Z' },
    });
  });

  it('says why an item was not taken, naming the source', () => {
    expect(greaderItemToArticle(item({ title: '  ', content: { content: '<br>' } }), 'api')).toEqual({
      dropped: 'no-title-or-content', message: 'parse: api: item tag:google.com,2005:reader/item/0005c62466ee28fe: no title or content',
    });
    expect(greaderItemToArticle(null, 'api')).toMatchObject({ dropped: 'malformed-item' });
  });
});
