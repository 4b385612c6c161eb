import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Db } from '../../db/database.js';
import { storeArticleBatch, type BatchOutcome } from '../../ingest/store-article-batch.js';
import { upsertFeed } from '../../db/upsert-feed.js';
import type { ArticleInput, Extraction } from '../../extract/types.js';
import { parseJsonArticles } from '../../ingest/parse-json-articles.js';
import { parsePageText } from '../../ingest/parse-page-text.js';
import type { AuthEnv } from '../auth/auth-env.js';
import { requireToken } from '../auth/require-token.js';

const SOURCE = 'request body';

export interface IngestCounts {
  articles: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Articles that could not be stored, each with its reason; the others are kept. */
  failed: { id: string; error: string }[];
}

/** `{articles: [...]}`, an array, or one article object, as JSON text. */
function jsonArticles(text: string): ArticleInput[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new HTTPException(400, { message: `the request body is not valid JSON (${(err as Error).message})` });
  }
  const one = typeof data === 'object' && data !== null && !Array.isArray(data) && !('articles' in data);
  return parseJsonArticles(one ? JSON.stringify([data]) : text, SOURCE);
}

/** Postgres text cannot hold NUL: an article with one is refused by name, before anything is stored. */
function refuseNul(articles: ArticleInput[]): ArticleInput[] {
  articles.forEach((a, i) => {
    const field = Object.entries(a).find(([, v]) => typeof v === 'string' && v.includes('\u0000'))?.[0];
    if (field) throw new HTTPException(400, { message: `${SOURCE}: article ${i + 1}: field "${field}" must not contain a NUL character` });
  });
  return articles;
}

/** The articles of a request, by its content type; a body that is not articles is a 400 (415 for another type). */
function requestArticles(contentType: string, text: string): { format: 'json' | 'page-text'; articles: ArticleInput[] } {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  try {
    if (type === 'application/json' || type.endsWith('+json')) return { format: 'json', articles: refuseNul(jsonArticles(text)) };
    if (type === 'text/plain') return { format: 'page-text', articles: refuseNul(parsePageText(text.replace(/^\uFEFF/, ''), SOURCE)) };
  } catch (err) {
    if (err instanceof HTTPException) throw err;
    throw new HTTPException(400, { message: (err as Error).message.replace(/^ingest: /, ''), cause: err });
  }
  throw new HTTPException(415, { message: 'send articles as application/json ({"articles": [...]} or one article) or pasted page text as text/plain' });
}

/** Articles stored per transaction. */
const BATCH = 200;

/** POST /ingest: articles as JSON or pasted page text, extracted and stored as the CLI's ingest does; needs a token (body capped by guardWrites). */
export function writeRoutes(db: Db, extract: (a: ArticleInput) => Extraction): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.post('/ingest', requireToken(db), async (c) => {
    const { format, articles } = requestArticles(c.req.header('content-type') ?? '', await c.req.text());
    if (!articles.length) throw new HTTPException(400, { message: 'the request body has no articles' });
    const actor = c.get('actor');
    // One feed per token: the same JSON article id from two clients is two articles.
    const feedId = await upsertFeed(db, { source: `api:${actor}`, format, title: `API: ${actor}`, siteUrl: null });
    const counts: IngestCounts = { articles: articles.length, inserted: 0, updated: 0, unchanged: 0, failed: [] };
    // A batch at a time, as the CLI's ingest stores: rows and extractions in one transaction per batch.
    for (let i = 0; i < articles.length; i += BATCH) {
      const batch = articles.slice(i, i + BATCH);
      let outcomes: BatchOutcome[];
      try {
        outcomes = await storeArticleBatch(db, feedId, batch, extract, async (inputs) => inputs.map((a) => extract(a)));
      } catch (err) {
        outcomes = batch.map(() => ({ error: (err as Error).message }));
      }
      outcomes.forEach((o, j) => {
        const id = batch[j]!.id;
        if ('outcome' in o) {
          counts[o.outcome]++;
          return;
        }
        console.error(`api: ingest: article ${id}: ${o.error}`);
        counts.failed.push({ id, error: `article ${id} could not be stored; the server log has the details` });
      });
    }
    return c.json(counts);
  });
  return app;
}
