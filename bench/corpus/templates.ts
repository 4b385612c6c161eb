// Sentences written for this bench (none taken from elsewhere): {a} {b} {c} are companies, {amount} {round} {city} {sector} {day} {n} fill in.
export const FUNDING_LEADS = [
  '{a}, a {city}-based {sector} company, said on {day} it had raised {amount} in a {round} round led by {b}, with participation from {c}.',
  '{a} has closed a {amount} {round} round led by {b}. Existing backer {c} also took part, the {city} company said.',
  '{sector} start-up {a} raised {amount} in {round} funding from {b} and {c}, it announced on {day}.',
  'Investors led by {b} have put {amount} into {a}, a {city} {sector} firm, in a {round} round that {c} joined.',
];
export const FUNDING_TITLES = ['{a} raises {amount} {round} led by {b}', '{a} lands {amount} to expand its {sector} platform',
  '{b} backs {a} in {amount} round', '{city} {sector} firm {a} secures {amount}'];

export const ACQUISITION_LEADS = [
  '{a} has agreed to acquire {b}, a {city}-based {sector} company, for {amount}, the two companies said on {day}.',
  '{a} said on {day} it would buy {sector} specialist {b} in a deal valued at {amount}.',
  '{a} completed its acquisition of {b} for {amount}, adding the {city} team of {n} engineers to its {sector} unit.',
];
export const ACQUISITION_TITLES = ['{a} to acquire {b} for {amount}', '{a} buys {sector} firm {b}', '{a} completes {b} deal'];

export const PARTNERSHIP_LEADS = [
  '{a} and {b} announced a partnership on {day} to bring {sector} tools to customers in {city}.',
  '{a} is teaming up with {b} to build {sector} services, the companies said in a joint statement.',
  '{a} and {b} have formed a joint venture in {city} focused on {sector}, with each holding an equal stake.',
];
export const PARTNERSHIP_TITLES = ['{a} and {b} partner on {sector}', '{a} teams up with {b} in {city}', '{a}, {b} form {sector} venture'];

export const NEWS_LEADS = [
  '{a} reported quarterly revenue up {n} percent on {day}, helped by demand for its {sector} products in {city}.',
  '{a} named a new chief executive on {day}, as the {sector} company prepares to open an office in {city}.',
  '{a} launched a {sector} product for small businesses, its first since moving its headquarters to {city}.',
  '{a} said it would cut {n} jobs in {city} as growth in the {sector} market slowed.',
  'Regulators in {city} opened a review of {a} over how it handles customer data in its {sector} business.',
];
export const NEWS_TITLES = ['{a} posts {n}% revenue growth', '{a} appoints new chief executive', '{a} launches new {sector} product',
  '{a} to cut {n} jobs in {city}', 'Regulators review {a} data practices'];

/** Body paragraphs: the bulk of each article's 300–900 words. */
export const FILLER = [
  'The company was founded {n} years ago and now serves customers across {city} and neighbouring markets.',
  'Analysts said the {sector} sector has drawn steady interest this year, even as overall venture activity cooled.',
  '{c} competes with {a} in several regions, though the two target different kinds of customers.',
  'Executives said the money would go toward hiring engineers, expanding sales teams and building new data centres.',
  'Customers include regional banks, hospitals and logistics operators, according to a person familiar with the matter.',
  'The firm expects revenue to double next year as more clients move their operations to its platform.',
  'Earlier this year {b} said it planned to widen its portfolio of {sector} holdings in emerging markets.',
  'Industry observers noted that competition for talent in {city} has pushed salaries up sharply since last spring.',
  'A spokesperson declined to comment on the valuation or on whether further rounds were planned.',
  'The market for {sector} services is expected to grow by about {n} percent a year over the next five years, according to a recent industry survey.',
  'Its chief operating officer said the company would remain focused on profitability rather than growth at any cost.',
  'Several larger rivals, including {c}, have announced similar plans in recent months.',
  'The deal comes after a period of consolidation in which smaller players struggled to raise money.',
  'Staff numbers have grown to roughly {n} people, most of them based in {city}.',
  'Investors have become more selective, favouring companies that can show a clear path to profit.',
  'The company said its software now processes millions of transactions a month for customers in more than {n} countries.',
  'Pilot projects with two public agencies are due to start early next year, the company added.',
  'Shares of listed peers were little changed after the announcement.',
  '{b} has previously backed companies in payments, mobility and industrial software.',
  'Supply chain problems that hit the sector last year have largely eased, executives said.',
  'The founders previously worked at large technology companies before starting {a} together.',
  'Local officials in {city} welcomed the news, saying it would bring skilled jobs to the region.',
  'The company plans to publish its first sustainability report later this year.',
  'Demand from enterprise customers has been strongest in manufacturing, retail and healthcare.',
];
export const ROUNDS = ['Seed', 'Series A', 'Series B', 'Series C', 'Series D', 'growth'];
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
