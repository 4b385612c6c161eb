import { readFile } from 'node:fs/promises';
import type { ArticleInput } from '../extract/types.js';
import { fetchUrl, type FetchOptions } from './fetch-url.js';
import { parseFeedDocument } from './schedule/parse-feed-document.js';

export interface LoadedSource {
  /** The path or URL as given. */
  source: string;
  /** 'rss' | 'rdf' | 'atom' | 'json-feed' | 'json' | 'jsonl' | 'page-text' */
  format: string;
  title: string | null;
  siteUrl: string | null;
  articles: ArticleInput[];
  /** Items that could not be taken, counted by reason. */
  dropped: Record<string, number>;
}

/** Reads a file path or http(s) URL once and parses it into articles, whatever its format. */
export async function loadSource(source: string, fetchOpts: FetchOptions): Promise<LoadedSource> {
  let text: string;
  let baseUrl = source;
  if (/^https?:\/\//i.test(source)) {
    const fetched = await fetchUrl(source, fetchOpts);
    text = fetched.text;
    baseUrl = fetched.url; // relative links resolve against where the feed was fetched from, after redirects
  } else {
    try {
      text = await readFile(source, 'utf8');
    } catch (err) {
      throw new Error(`ingest: ${source}: cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
    }
  }
  const doc = parseFeedDocument(text, source, baseUrl);
  return { source, format: doc.format, title: doc.title, siteUrl: doc.siteUrl, articles: doc.articles, dropped: doc.dropped };
}
