// The query bench's rows at a given scale, made once per run and shared by the sections that read them (queries, export,
// http), each in a fresh database on the server (or an in-memory PGlite) dropped when the run ends.
import { openCapturingDb, type CapturingDb } from './capture-db.js';
import { loadRows, type LoadedRows } from './corpus/load-rows.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';

export interface Dataset { h: CapturingDb; url: string | undefined; loaded: LoadedRows; loadSecs: number; where: string }

const made = new Map<string, Promise<Dataset>>();
const scratches: ScratchDatabase[] = [];

export function dataset(articles: number, databaseUrl: string | undefined): Promise<Dataset> {
  const key = `${articles}@${databaseUrl ?? 'pglite'}`;
  let d = made.get(key);
  if (!d) {
    d = (async () => {
      const scratch = databaseUrl ? await createScratchDatabase(databaseUrl) : null;
      if (scratch) scratches.push(scratch);
      const h = await openCapturingDb(scratch?.url);
      const t0 = Date.now();
      const loaded = await loadRows(h.db, articles, 42);
      return { h, url: scratch?.url, loaded, loadSecs: (Date.now() - t0) / 1000, where: databaseUrl ? 'a Postgres server database' : 'in-memory PGlite' };
    })();
    made.set(key, d);
  }
  return d;
}

export const describeDataset = (d: Dataset) => `${d.loaded.articles} articles, ${d.loaded.mentions} mentions, ${d.loaded.deals} deals, ${d.loaded.parties} deal parties, `
  + `${d.loaded.sources} deal sources, ${d.loaded.companies} companies in ${d.where} (made in ${d.loadSecs.toFixed(0)} s)`;

/** Closes and drops every dataset of the run. */
export async function dropDatasets(): Promise<void> {
  for (const d of made.values()) await (await d).h.close();
  made.clear();
  for (const s of scratches.splice(0)) await s.drop();
}
