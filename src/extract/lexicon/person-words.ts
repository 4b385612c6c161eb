/** Titles and roles that mark the name beside them as a person ("CEO Jane Roe", "Jane Roe, founder"). */
export const PERSON_TITLES = new Set([
  'ceo', 'cfo', 'cto', 'coo', 'cmo', 'cio', 'chief', 'founder', 'co-founder', 'cofounder', 'president', 'chairman',
  'chairwoman', 'chair', 'director', 'executive', 'analyst', 'spokesperson', 'spokesman', 'spokeswoman', 'head',
  'vp', 'svp', 'evp', 'mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.', 'minister', 'secretary', 'professor',
  'prof.', 'manager', 'reporter', 'editor', 'economist', 'senator', 'sen.', 'rep.', 'governor', 'gov.', 'mayor',
  'officer', 'principal', 'lead', 'leader', 'billionaire', 'entrepreneur', 'investor', 'actress', 'actor', 'author',
  'columnist', 'writer', 'judge', 'justice', 'attorney', 'lawyer', 'chancellor', 'premier', 'prince', 'princess',
  'king', 'queen', 'sir', 'lord', 'dame', 'vice', 'general', 'commissioner', 'strategist', 'scientist',
  'engineer', 'ambassador', 'boss', 'md', 'gm', 'treasurer', 'deputy', 'associate', 'fellow', 'trustee',
  'managing', 'partner', 'co-ceo', 'co-founders', 'founders', 'officer', 'chef', 'chefs', 'colleague', 'cfa', 'phd', 'said', 'says', 'according',
]);

/** Verbs of speech: "said Jane Roe", "Jane Roe told". */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'noted', 'notes', 'wrote', 'writes',
  'stated', 'states', 'commented', 'comments', 'argued', 'argues', 'believes', 'believed', 'recalled', 'asked',
  'replied', 'continued', 'concluded', 'tweeted', 'posted', 'emphasized', 'stressed', 'pointed', 'insisted',
]);
