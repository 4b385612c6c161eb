import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../config.js';
import { extractArticle } from '../../extract/extract-article.js';
import { loadKnownCompanies } from '../../db/queries/load-known-companies.js';
import { refreshKnownCompanies } from '../../db/refresh-known-companies.js';
import { refreshDealLines } from '../../db/refresh-deal-lines.js';
import { ingestSources } from '../../ingest/ingest-sources.js';
import { fetchOptions, openFromConfig } from '../open-from-config.js';
import { describeReport } from './ingest-command.js';
import { closeOnSignal, listenOptions, startServer } from './serve-command.js';

const demoArticles = fileURLToPath(new URL('../../../demo/articles.json', import.meta.url));

export const demoUsage = 'news-intel demo [--port N]              load the demo news and serve the dashboard (npm start)';

/** `npm start`: loads the project's own demo news (once; later starts store nothing new) and serves the dashboard. */
export async function demoCommand(args: string[]): Promise<void> {
  const config = loadConfig();
  const { host, port } = listenOptions(args, config);
  const database = await openFromConfig(config);
  try {
    const known = await loadKnownCompanies(database.db);
    const [report] = await ingestSources(database.db, [demoArticles], fetchOptions(config), (article) => extractArticle(article, known));
    await refreshKnownCompanies(database.db);
    await refreshDealLines(database.db);
    console.log(`news-intel: demo news: ${describeReport(report!)}`);
    const { url, server } = await startServer(database, host, port);
    closeOnSignal(server, database);
    console.log(`news-intel: dashboard at ${url}  (database: ${database.kind}, ${database.location}; Ctrl-C stops)`);
  } catch (err) {
    await database.close();
    throw err;
  }
}
