import { describe, expect, it } from 'vitest';
import { resolveUrl } from './resolve-url.js';

describe('resolveUrl', () => {
  it('resolves against the innermost base, each base against the next', () => {
    expect(resolveUrl('c.html', 'sub/', '/blog/', 'https://x.example/feed.xml')).toBe('https://x.example/blog/sub/c.html');
    expect(resolveUrl('https://y.example/a', 'sub/')).toBe('https://y.example/a');
  });

  it('gives null for what cannot become an http(s) URL', () => {
    expect(resolveUrl('/a')).toBeNull();
    expect(resolveUrl('javascript:alert(1)', 'https://x.example/')).toBeNull();
    expect(resolveUrl('mailto:a@b.c')).toBeNull();
    expect(resolveUrl('  ')).toBeNull();
  });
});
