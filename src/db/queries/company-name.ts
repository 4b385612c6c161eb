import { eq } from 'drizzle-orm';
import type { Db } from '../database.js';
import { companies } from '../schema.js';

/** The display name of a company, or null when there is no company with that id. */
export async function companyName(db: Db, id: number): Promise<string | null> {
  const [row] = await db.select({ name: companies.name }).from(companies).where(eq(companies.id, id));
  return row?.name ?? null;
}
