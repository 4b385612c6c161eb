/** Legal-form suffixes: a capitalised name ending in one is an organisation. */
export const LEGAL_SUFFIXES = new Set([
  'inc', 'inc.', 'incorporated', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'ltd', 'ltd.', 'limited',
  'llc', 'llp', 'lp', 'plc', 'gmbh', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'bv', 'b.v.', 'pvt', 'pvt.', 'pte', 'pte.',
  'spa', 's.p.a.', 'ab', 'asa', 'oy', 'kk', 'k.k.', 'se', 'sas', 'srl', 'pty', 'bhd', 'tbk',
]);

/** Words that make a capitalised name an organisation ("Acme Capital", "Norda Labs"). */
export const ORG_WORDS = new Set([
  ...LEGAL_SUFFIXES,
  'capital', 'ventures', 'venture', 'partners', 'group', 'holdings', 'holding', 'bank', 'bancorp', 'labs', 'lab',
  'technologies', 'technology', 'networks', 'fund', 'funds', 'investment', 'investments', 'investors', 'systems',
  'communications', 'telecom', 'media', 'research', 'securities', 'financial', 'finance', 'motors', 'motor',
  'airlines', 'airways', 'pharmaceuticals', 'pharma', 'therapeutics', 'biosciences', 'bio', 'energy',
  'entertainment', 'studios', 'games', 'insurance', 'brands', 'enterprises', 'industries', 'solutions', 'software',
  'robotics', 'mobility', 'logistics', 'express', 'management', 'advisors', 'advisers', 'equity', 'angels',
  'associates', 'consulting', 'electronics', 'semiconductor', 'semiconductors', 'foods', 'retail', 'stores',
  'international', 'global', 'works', 'interactive', 'digital', 'payments', 'pay', 'exchange', 'trust', 'bancshares',
  'aif', 'accelerator', 'incubator', 'gmbh', 'acquisition', 'petroleum', 'chemicals', 'automotive', 'aerospace',
  'electric', 'steel', 'mining', 'healthcare', 'railways', 'shipping', 'hotels', 'resorts', 'realty', 'properties', 'cement',
  'utilities', 'airline',
]);

/** Words that may follow a company's short name in its fuller name ("Acme Group" is "Acme"). */
export const ALIAS_TAIL_WORDS = new Set([
  ...LEGAL_SUFFIXES,
  'group', 'holdings', 'holding', 'capital', 'ventures', 'partners', 'communications', 'networks', 'network',
  'systems', 'technologies', 'technology', 'research', 'media', 'securities', 'financial', 'mobility', 'health',
  'investment', 'investments', 'management', 'motors', 'motor', 'corporation', 'company', 'international',
  'enterprises', 'industries', 'brands', 'labs', 'bancorp', 'telecom', 'global', 'entertainment', 'studios', 'com', 'jv',
]);

/** Common nouns that, right before or after a name, say it is an organisation ("video company Acmetv"). */
export const ORG_NOUNS = new Set([
  'company', 'companies', 'startup', 'startups', 'start-up', 'firm', 'firms', 'provider', 'maker', 'makers',
  'platform', 'giant', 'giants', 'operator', 'investor', 'investors', 'lender', 'bank', 'group', 'fund', 'developer',
  'retailer', 'unicorn', 'marketplace', 'rival', 'rivals', 'competitor', 'competitors', 'subsidiary', 'unit', 'arm',
  'affiliate', 'conglomerate', 'insurer', 'carrier', 'manufacturer', 'automaker', 'carmaker', 'chipmaker',
  'backer', 'backers', 'acquirer', 'owner', 'parent', 'peer', 'peers', 'brand', 'outfit', 'player', 'players',
  'service', 'app', 'network', 'supplier', 'vendor', 'distributor', 'brokerage', 'broker', 'shareholder', 'partner',
  'incumbent', 'corporation', 'business', 'businesses', 'venture', 'behemoth', 'titan', 'champion', 'leader',
  'pioneer', 'specialist', 'publisher', 'studio', 'chain', 'e-tailer', 'telco', 'telecoms', 'bank-backed',
  'researcher', 'consultancy', 'agency', 'tracker', 'watchdog', 'analytics',
]);
