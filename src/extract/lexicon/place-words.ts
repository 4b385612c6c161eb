/** Words that build place names with a known place ("Southeast Asia", "North America", "Greater Bay Area"). */
export const PLACE_PARTS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'southeast', 'southwest',
  'northeast', 'northwest', 'greater', 'upper', 'lower', 'inner', 'outer', 'middle', 'new', 'san', 'santa', 'los',
  'las', 'st', 'st.', 'saint', 'fort', 'port', 'mount', 'lake', 'city', 'province', 'state', 'county', 'region',
  'valley', 'bay', 'area', 'island', 'islands', 'coast', 'republic', 'kingdom', 'united', 'states', 'emirates',
  'pacific', 'atlantic', 'asia', 'africa', 'europe', 'america', 'americas', 'latin', 'sub-saharan', 'mainland',
  'district', 'capital', 'metro', 'street', 'road', 'avenue', 'square', 'park', 'river', 'sea', 'ocean', 'gulf',
]);

/** Region and market words compromise may not know as places. */
export const REGION_WORDS = new Set([
  'asia-pacific', 'apac', 'l.a.', 'd.c.', 'n.y.', 'washington', 'beijing', 'tokyo', 'emea', 'latam', 'mena', 'cis', 'asean', 'eu', 'uk', 'us', 'u.s.', 'u.k.', 'usa', 'uae',
  'prc', 'hk', 'sf', 'nyc', 'la', 'bay', 'silicon', 'valley', 'wall', 'street', 'west', 'east', 'midwest',
  'shenzhen', 'hangzhou', 'guangzhou', 'bengaluru', 'bangalore', 'gurugram', 'gurgaon', 'noida', 'jakarta',
]);
