import type { Db } from './database.js';
import { resolveCompanies } from './resolve-companies.js';

/**
 * Finds the company any of `aliases` already names, or creates it; records every alias.
 * The first alias is the display name of a new company, and replaces a shorter display name it extends. Returns null when no alias has a usable key.
 */
export async function resolveCompany(db: Db, aliases: string[], confidence: number): Promise<number | null> {
  const [id] = await resolveCompanies(db, [{ aliases, confidence }]);
  return id ?? null;
}
