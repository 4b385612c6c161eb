import { articleText } from './article-text.js';
import { findCompanies } from './companies/find-companies.js';
import { findDeals } from './deals/find-deals.js';
import { findMoney } from './money/find-money.js';
import { readTokens } from './read-tokens.js';
import type { ArticleInput, Extraction, KnownCompanies, MoneyMention } from './types.js';

/**
 * Companies, money and deals in one article. Pure and deterministic; offsets point into articleText(article).
 * `known` (companies of earlier articles) makes a name the corpus knows count as evidence, and names its canonical form.
 */
export function extractArticle(article: ArticleInput, known?: KnownCompanies): Extraction {
  const text = articleText(article);
  const read = readTokens(text);
  const resolved = findCompanies(read, known);
  const year = article.published ? Number(article.published.slice(0, 4)) || null : null;
  const money: MoneyMention[] = findMoney(text, year);
  const deals = findDeals(read, resolved, money, article.published ?? null);
  return { id: article.id, title: article.title, companies: resolved.companies, money, deals };
}
