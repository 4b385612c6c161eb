import { pullArticles } from '../freshrss/pull-articles.js';
import type { FreshrssPull } from './poll-freshrss.js';

/** The Google Reader client's pull, page by page. */
export const defaultFreshrssPull: FreshrssPull = (opts, limits) => pullArticles(opts, limits);
