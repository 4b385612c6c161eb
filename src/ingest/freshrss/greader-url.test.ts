import { describe, expect, it } from 'vitest';
import { greaderUrl } from './greader-url.js';
import { streamPath } from './stream-path.js';

describe('greaderUrl', () => {
  it('adds /api/greader.php to an instance URL, and keeps an endpoint URL as it is', () => {
    expect(greaderUrl('https://rss.example.org', '/reader/api/0/tag/list', { output: 'json' })).toBe('https://rss.example.org/api/greader.php/reader/api/0/tag/list?output=json');
    expect(greaderUrl('https://rss.example.org/freshrss/', '/accounts/ClientLogin')).toBe('https://rss.example.org/freshrss/api/greader.php/accounts/ClientLogin');
    expect(greaderUrl('https://rss.example.org/p/api/greader.php/', '/accounts/ClientLogin')).toBe('https://rss.example.org/p/api/greader.php/accounts/ClientLogin');
  });

  it('leaves out empty parameters', () => {
    expect(greaderUrl('http://h', '/x', { n: 20, c: null, ot: undefined, r: '' })).toBe('http://h/api/greader.php/x?n=20');
  });
});

describe('streamPath', () => {
  it('keeps the slashes of state and label streams and encodes each part', () => {
    expect(streamPath('user/-/state/com.google/reading-list')).toBe('user/-/state/com.google/reading-list');
    expect(streamPath('user/-/label/Energy & Climate')).toBe('user/-/label/Energy%20%26%20Climate');
    expect(streamPath('feed/12')).toBe('feed/12');
  });

  it('encodes a feed given by URL whole', () => {
    expect(streamPath('feed/https://lowland-grid.example/atom')).toBe('feed/https%3A%2F%2Flowland-grid.example%2Fatom');
  });
});
