import { openFromConfig } from '../open-from-config.js';

export const migrateUsage = 'news-intel migrate                    apply pending database migrations';

export async function migrateCommand(): Promise<void> {
  const database = await openFromConfig();
  console.log(`news-intel: ${database.kind} database at ${database.location} is up to date`);
  await database.close();
}
