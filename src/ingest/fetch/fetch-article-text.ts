import { extractArticleText } from './extract-article-text.js';
import { fetchFailure } from './fetch-failure.js';
import { fetchResource } from './fetch-resource.js';
import type { FetchLimits } from './fetch-types.js';

const HTML = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/**
 * Fetches an article's web page (same checks and caps as every fetch) and returns its main text, paragraphs separated
 * by blank lines, and its title. A page that is not HTML fails with a `protocol` FetchError; a page in which no
 * article is found gives empty text, so the caller keeps what the feed said.
 */
export async function fetchArticleText(url: string, limits: FetchLimits): Promise<{ title: string | null; text: string }> {
  const result = await fetchResource({ url, headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' } }, limits);
  if (result.status === 'not-modified') return { title: null, text: '' };
  const where = { url, at: result.finalUrl };
  if (result.contentType && !HTML.test(result.contentType)) {
    throw fetchFailure(where, 'protocol', `not an HTML page (Content-Type ${result.contentType})`);
  }
  return extractArticleText(result.text);
}
