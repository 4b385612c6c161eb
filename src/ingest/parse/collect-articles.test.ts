import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';

const rss = (items: string) => `<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;
const numbered = (n: number) => Array.from({ length: n }, (_, i) => `<item><guid>g${i}</guid><title>Item ${i}</title></item>`).join('');

describe('parseFeed: identity and limits', () => {
  it('keys items by GUID, else link, else a hash of title and content', () => {
    const feed = parseFeed(rss(`<item><guid> g-1 </guid><link>https://x.example/1</link><title>A</title></item>
<item><link>https://x.example/2</link><title>B</title></item>
<item><title>C</title><description>Body C</description></item>`), 'ids.xml');
    const hash = createHash('sha256').update('C\nBody C').digest('hex').slice(0, 16);
    expect(feed.articles.map((a) => a.id)).toEqual(['g-1', 'https://x.example/2', `hash:${hash}`]);
    expect(parseFeed(rss('<item><title>C</title><description>Body C</description></item>'), 'again.xml').articles[0]!.id).toBe(`hash:${hash}`);
  });

  it('keeps the first of items sharing an id and counts the rest', () => {
    const feed = parseFeed(rss(`<item><guid>same</guid><title>First</title></item>
<item><guid>same</guid><title>Second</title></item>
<item><link>https://x.example/a</link><title>Third</title></item>
<item><link>https://x.example/a</link><title>Fourth</title></item>`), 'dups.xml');
    expect(feed.articles.map((a) => a.title)).toEqual(['First', 'Third']);
    expect(feed.dropped).toEqual({ 'duplicate-id': 2 });
  });

  it('drops items with neither title nor content', () => {
    const feed = parseFeed(rss(`<item><guid>1</guid><link>https://x.example/1</link></item>
<item><guid>2</guid><title> </title><description><![CDATA[<p> </p><script>x</script>]]></description></item>
<item><guid>3</guid><title>Kept</title></item>`), 'empty.xml');
    expect(feed.articles.map((a) => a.id)).toEqual(['3']);
    expect(feed.dropped).toEqual({ 'no-title-or-content': 2 });
  });

  it('takes at most maxItems items (default 1000) and counts the rest', () => {
    expect(parseFeed(rss(numbered(5)), 'five.xml', { maxItems: 3 })).toMatchObject({
      articles: [{ id: 'g0' }, { id: 'g1' }, { id: 'g2' }], dropped: { 'over-item-limit': 2 },
    });
    const big = parseFeed(rss(numbered(1003)), 'big.xml');
    expect(big.articles).toHaveLength(1000);
    expect(big.dropped).toEqual({ 'over-item-limit': 3 });
  });

  it('marks items that carry only a short or cut-off summary', () => {
    const long = 'A full sentence of reporting. '.repeat(30);
    const feed = parseFeed(rss(`<item><guid>1</guid><title>A</title><description>Short teaser.</description></item>
<item><guid>2</guid><title>B</title><description>${long}</description></item>
<item><guid>3</guid><title>C</title><description>${long} Continue reading »</description></item>`), 'summaries.xml');
    expect(feed.articles.map((a) => a.summaryOnly)).toEqual([true, false, true]);
  });
});
