import { readFile } from 'node:fs/promises';
import type { ArticleInput } from '../extract/types.js';
import { detectFormat, type SourceFormat } from './detect-format.js';
import { fetchUrl, type FetchOptions } from './fetch-url.js';
import { parseFeed } from './parse-feed.js';
import { parseJsonArticles, parseJsonLines } from './parse-json-articles.js';
import { parsePageText } from './parse-page-text.js';

export interface LoadedSource {
  /** The path or URL as given. */
  source: string;
  format: SourceFormat;
  title: string | null;
  siteUrl: string | null;
  articles: ArticleInput[];
}

/** Reads a file path or http(s) URL and parses it into articles, whatever its format. */
export async function loadSource(source: string, fetchOpts: FetchOptions): Promise<LoadedSource> {
  let text: string;
  if (/^https?:\/\//i.test(source)) {
    text = (await fetchUrl(source, fetchOpts)).text;
  } else {
    try {
      text = await readFile(source, 'utf8');
    } catch (err) {
      throw new Error(`ingest: ${source}: cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
    }
  }
  text = text.replace(/^\uFEFF/, '');
  const format = detectFormat(text, source);
  switch (format) {
    case 'feed': {
      const feed = parseFeed(text, source);
      return { source, format, title: feed.title, siteUrl: feed.siteUrl, articles: feed.articles };
    }
    case 'json':
      return { source, format, title: null, siteUrl: null, articles: parseJsonArticles(text, source) };
    case 'jsonl':
      return { source, format, title: null, siteUrl: null, articles: parseJsonLines(text, source) };
    case 'page-text':
      return { source, format, title: null, siteUrl: null, articles: parsePageText(text, source) };
  }
}
