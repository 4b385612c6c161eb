import { knownKey as normName } from '../../src/extract/companies/known-key.js';
import { Rng } from './rng.js';

export interface BenchCompany { name: string; normName: string; sector: string; city: string; investor: boolean }

const SYLLABLES = ['ka', 'lo', 'ri', 'ven', 'tra', 'nex', 'zu', 'mar', 'quo', 'sil', 'dor', 'fen', 'gra', 'hel', 'ix', 'jor', 'lum',
  'mav', 'nor', 'pex', 'qua', 'ros', 'sta', 'tel', 'ul', 'vor', 'wex', 'xan', 'yel', 'zen', 'bri', 'cor', 'dyn', 'el', 'fa', 'gen',
  'hy', 'ion', 'ju', 'kin', 'ap', 'om', 'ter', 'sa', 'vi', 'to', 'nu', 'bel', 'cal', 'den'];
const WORDS = ['Labs', 'Systems', 'Health', 'Robotics', 'Energy', 'Bio', 'AI', 'Pay', 'Logistics', 'Networks', 'Foods', 'Motors',
  'Analytics', 'Security', 'Cloud', 'Materials', 'Therapeutics', 'Mobility', 'Data', 'Space'];
const SUFFIXES = ['Inc.', 'Ltd', 'GmbH', 'SA', 'plc', 'Corp.', 'AG', 'BV', 'Oy', 'Pte Ltd'];
const FIRM_WORDS = ['Capital', 'Ventures', 'Partners', 'Growth', 'Investments', 'Equity'];
export const SECTORS = ['fintech', 'logistics', 'biotech', 'clean energy', 'cybersecurity', 'robotics', 'food delivery', 'healthcare software',
  'electric vehicle', 'satellite', 'semiconductor', 'insurance', 'edtech', 'agritech', 'retail analytics', 'developer tools'];
export const CITIES = ['Berlin', 'Lagos', 'Bangalore', 'Austin', 'Toronto', 'Singapore', 'Paris', 'Stockholm', 'Nairobi', 'São Paulo',
  'Seoul', 'Tel Aviv', 'Madrid', 'Jakarta', 'Melbourne', 'Warsaw', 'Denver', 'Helsinki', 'Dublin', 'Mexico City'];

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function stem(rng: Rng): string {
  let s = '';
  for (let k = rng.int(2, 3); k > 0; k--) s += rng.pick(SYLLABLES);
  return cap(s);
}

/** `count` companies with distinct normalised names, about one in eight an investment firm; deterministic from `seed`. */
export function generateCompanies(count: number, seed: number): BenchCompany[] {
  const rng = new Rng(seed);
  const out: BenchCompany[] = [];
  const seen = new Set<string>();
  while (out.length < count) {
    const investor = rng.chance(0.125);
    let name = stem(rng);
    if (investor) name += ` ${rng.pick(FIRM_WORDS)}`;
    else if (rng.chance(0.45)) name += ` ${rng.pick(WORDS)}`;
    if (rng.chance(0.3)) name += ` ${rng.pick(SUFFIXES)}`;
    const norm = normName(name);
    if (!norm || seen.has(norm)) continue;
    seen.add(norm);
    out.push({ name, normName: norm, sector: rng.pick(SECTORS), city: rng.pick(CITIES), investor });
  }
  return out;
}
