import type { ReadText } from '../read-tokens.js';
import type { KnownCompanies } from '../types.js';
import { findCandidates } from './find-candidates.js';
import { classifyNames } from './classify-names.js';
import { resolveCompanies, type ResolvedCompanies } from './resolve-companies.js';

/** The organisations a text names: candidates, one verdict per name, then grouped into companies. */
export function findCompanies(read: ReadText, known?: KnownCompanies): ResolvedCompanies {
  const candidates = findCandidates(read);
  const verdicts = classifyNames(read, candidates, known);
  return resolveCompanies(read, candidates, verdicts, known);
}
