import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url.js';

describe('canonicalUrl', () => {
  it('drops tracking parameters, fragments, default ports, scheme and trailing slashes', () => {
    const a = canonicalUrl('https://News.Example.com:443/2024/03/deal/?utm_source=rss&utm_medium=feed&id=7#comments');
    expect(a).toBe('news.example.com/2024/03/deal?id=7');
    expect(canonicalUrl('http://news.example.com/2024/03/deal?fbclid=abc&id=7')).toBe(a);
  });

  it('keeps parameters that choose the page, in a stable order', () => {
    expect(canonicalUrl('https://x.example/a?p=2&b=1')).toBe(canonicalUrl('https://x.example/a?b=1&p=2'));
    expect(canonicalUrl('https://x.example/a?p=2')).not.toBe(canonicalUrl('https://x.example/a?p=3'));
  });

  it('is null for non-web and broken URLs', () => {
    expect(canonicalUrl('mailto:a@b.c')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
    expect(canonicalUrl(null)).toBeNull();
  });
});
