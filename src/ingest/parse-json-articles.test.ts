import { describe, expect, it } from 'vitest';
import { parseJsonArticles, parseJsonLines } from './parse-json-articles.js';
import { detectFormat } from './detect-format.js';

describe('JSON articles', () => {
  it('reads an array or {articles: [...]}', () => {
    const one = { id: 7, title: 'T', body: 'B', published: '2024-01-01' };
    expect(parseJsonArticles(JSON.stringify([one]), 'a.json')).toEqual([{ ...one, id: '7' }]);
    expect(parseJsonArticles(JSON.stringify({ articles: [one] }), 'a.json')).toHaveLength(1);
  });

  it('names the article and field that is wrong', () => {
    expect(() => parseJsonArticles('[{"id":"x","title":"T","body":"B"},{"id":"y","title":3,"body":"B"}]', 'a.json'))
      .toThrow(/ingest: a\.json: article 2: field "title"/);
    expect(() => parseJsonArticles('{"items": []}', 'a.json')).toThrow(/expected an array of articles/);
    expect(() => parseJsonArticles('[{', 'a.json')).toThrow(/ingest: a\.json: not valid JSON/);
  });

  it('reads JSON Lines, naming the bad line', () => {
    const text = '{"id":"1","title":"A","body":"x"}\n\n{"id":"2","title":"B","body":"y"}\n';
    expect(parseJsonLines(text, 'a.jsonl').map((a) => a.id)).toEqual(['1', '2']);
    expect(() => parseJsonLines('{"id":"1","title":"A","body":"x"}\n{oops', 'a.jsonl')).toThrow(/a\.jsonl: line 2: not valid JSON/);
    expect(() => parseJsonLines('{"id":"1","title":"A"}', 'a.jsonl')).toThrow(/a\.jsonl: line 1: field "body"/);
  });
});

describe('detectFormat', () => {
  it.each([
    ['<?xml version="1.0"?><rss/>', 'f', 'feed'],
    ['\uFEFF  <feed/>', 'f', 'feed'],
    ['[{"id":1}]', 'f.json', 'json'],
    ['{"articles":[\n{"id":1}\n]}', 'f.json', 'json'],
    ['{"id":1}\n{"id":2}\n', 'f.txt', 'jsonl'],
    ['{"id":1}', 'f.jsonl', 'jsonl'],
    ['Title\n\nBy Ann Lee\n\nText', 'f.txt', 'page-text'],
  ])('%j is %s', (text, name, format) => {
    expect(detectFormat(text, name)).toBe(format);
  });
});
