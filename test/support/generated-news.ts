// Fictional news written from the project's own templates: invented companies, investors and figures, as many as
// asked, the same for the same numbers. Used by the crash, database-fault and soak runs (never by the product).

const HEADS = ['Bra', 'Cor', 'Dal', 'Fen', 'Gal', 'Hol', 'Kest', 'Lum', 'Mor', 'Nov', 'Ort', 'Pel', 'Quen', 'Ras', 'Sol', 'Tav', 'Ulv', 'Ver', 'Wyn', 'Zel'];
const TAILS = ['ara', 'ix', 'onde', 'ova', 'ium', 'ana', 'etto', 'ory', 'ulse', 'eon', 'ith'];
const KINDS = ['Labs', 'Systems', 'Robotics', 'Bio', 'Energy', 'Analytics'];
const FUNDS = ['Capital', 'Ventures', 'Partners'];
const CITIES = ['Tallinn', 'Porto', 'Lyon', 'Gdansk', 'Leeds', 'Tartu', 'Bilbao', 'Aarhus', 'Graz', 'Turku'];
const PRODUCTS = ['grid batteries', 'warehouse robots', 'crop sensors', 'payroll software', 'cargo drones', 'water filters', 'lab automation'];
const ROUNDS = ['seed', 'Series A', 'Series B', 'Series C'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Company number `n` of a pool: a made-up word, often with a kind ("Kestova Robotics"). */
export function companyName(n: number): string {
  const word = `${HEADS[n % HEADS.length]}${TAILS[Math.floor(n / HEADS.length) % TAILS.length]}`;
  return n % 3 === 0 ? word : `${word} ${KINDS[n % KINDS.length]}`;
}
const fund = (n: number) => `${HEADS[(n * 7 + 3) % HEADS.length]}${TAILS[(n * 5 + 1) % TAILS.length]} ${FUNDS[n % FUNDS.length]}`;
const amount = (n: number) => (n % 5 === 0 ? `€${(n % 40) + 3} million` : n % 7 === 0 ? `$${(n % 4) + 1}.${n % 10} billion` : `$${(n % 60) + 2} million`);

export interface GeneratedArticle { guid: string; title: string; body: string; link: string; published: string }

/**
 * Article number `n`, from a pool of `companies` company names (a small pool makes the same companies come back):
 * a funding round, an acquisition, a partnership or a joint venture. `edition` 2 is a later version of the same
 * article with a revised figure and one more party: the same entry with new content.
 */
export function generatedArticle(n: number, opts: { companies?: number; edition?: 1 | 2; base?: string } = {}): GeneratedArticle {
  const pool = opts.companies ?? 60;
  const a = companyName((n * 13) % pool);
  const b = companyName((n * 17 + 5) % pool);
  const city = CITIES[n % CITIES.length]!;
  const product = PRODUCTS[n % PRODUCTS.length]!;
  const day = new Date(Date.UTC(2024, n % 12, (n % 27) + 1, 9));
  const when = `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  let title: string;
  let body: string;
  switch (n % 4) {
    case 0:
      title = `${a} raises ${amount(n)} ${ROUNDS[n % ROUNDS.length]} round led by ${fund(n)}`;
      body = `${a}, a ${city}-based maker of ${product}, has raised ${amount(n)} in a ${ROUNDS[n % ROUNDS.length]} round led by ${fund(n)}. `
        + `${fund(n + 1)} also took part. The company said on ${when} that it will use the money to hire ${(n % 40) + 5} engineers.`;
      if (opts.edition === 2) body += ` Update: the round has since grown to ${amount(n + 3)}, with ${fund(n + 2)} joining the investors.`;
      break;
    case 1:
      title = `${a} to acquire ${b} for ${amount(n)}`;
      body = `${a} has agreed to acquire ${b}, a ${city} maker of ${product}, for ${amount(n)}, the companies said on ${when}. `
        + `The deal is expected to close next quarter.`;
      if (opts.edition === 2) body += ` ${b} will keep its brand and its ${(n % 300) + 20} staff.`;
      break;
    case 2:
      title = `${a} and ${b} announce a partnership`;
      body = `${a} and ${b} announced a partnership on ${when} to bring ${product} to customers in ${city}.`;
      if (opts.edition === 2) body += ` ${companyName((n * 19 + 2) % pool)} will supply the parts.`;
      break;
    default:
      title = `${a} and ${b} form a joint venture`;
      body = `${a} and ${b} said on ${when} they will form a joint venture to build ${product} plants near ${city}.`;
      if (opts.edition === 2) body += ` The venture will invest ${amount(n + 1)} over five years.`;
  }
  const base = opts.base ?? 'https://news.example';
  return { guid: `story-${n}`, title, body, link: `${base}/story/${n}`, published: day.toUTCString() };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 document of the given articles. */
export function generatedFeed(title: string, items: GeneratedArticle[]): string {
  const body = items.map((it) => `<item><title>${escape(it.title)}</title><link>${escape(it.link)}</link><guid>${escape(it.guid)}</guid>`
    + `<pubDate>${it.published}</pubDate><description>${escape(it.body)}</description></item>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escape(title)}</title>`
    + `<link>https://news.example/</link>${body}</channel></rss>`;
}
