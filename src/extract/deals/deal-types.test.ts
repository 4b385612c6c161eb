import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract-article.js';
import type { Deal } from '../types.js';

const deals = (title: string, body: string): Deal[] =>
  extractArticle({ id: 't', title, body, published: '2021-05-01' }).deals;

describe('funding', () => {
  it('reads receiver, amount, round, lead and other investors', () => {
    const [d] = deals('Zorbex raises $12M', 'Zorbex, a Lisbon-based payments startup, has raised $12 million in a Series B round led by Quillon Capital, with participation from Marlowe Ventures and Tarnwick Partners.');
    expect(d).toMatchObject({ type: 'funding', subject: 'Zorbex', round: 'Series B', leadInvestors: ['Quillon Capital'] });
    expect(d!.counterparties).toEqual(['Quillon Capital', 'Marlowe Ventures', 'Tarnwick Partners']);
    expect(d!.amount).toMatchObject({ value: 12000000, currency: 'USD' });
  });

  it('reads "X invests $N in Y" and keeps a valuation out of the amount', () => {
    const [d] = deals('Velquist bets on Zorbex', 'Velquist Group invested $30 million in Zorbex, which is now valued at $900 million.');
    expect(d).toMatchObject({ type: 'funding', subject: 'Zorbex', counterparties: ['Velquist Group'] });
    expect(d!.amount?.value).toBe(30000000);
  });

  it('attaches "The round was led by X" to the funding just reported', () => {
    const found = deals('Funding news', 'Zorbex said on Monday it raised $8 million. The round was led by Quillon Capital.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ subject: 'Zorbex', leadInvestors: ['Quillon Capital'] });
  });

  it('does not take a total raised to date as a new deal', () => {
    expect(deals('Profile', 'Zorbex has raised a total of $40 million to date from Quillon Capital.')).toEqual([]);
  });
});

describe('acquisition', () => {
  it('reads buyer, target and price from "X acquires Y for $N"', () => {
    const [d] = deals('Deal news', 'Velquist Holdings acquired Tarnwick Labs for $250 million in cash.');
    expect(d).toMatchObject({ type: 'acquisition', subject: 'Tarnwick Labs', counterparties: ['Velquist Holdings'] });
    expect(d!.amount?.value).toBe(250000000);
  });

  it('reads the passive "Y was bought by X" and reported status', () => {
    const [d] = deals('Deal news', 'Tarnwick Labs was reportedly bought by Velquist Holdings last week.');
    expect(d).toMatchObject({ type: 'acquisition', subject: 'Tarnwick Labs', counterparties: ['Velquist Holdings'], status: 'reported' });
  });

  it('reads "the sale of Y to X"', () => {
    const [d] = deals('Deal news', 'Brightmoor agreed to the sale of Tarnwick Labs to Velquist Holdings.');
    expect(d).toMatchObject({ type: 'acquisition', subject: 'Tarnwick Labs', counterparties: ['Velquist Holdings'] });
  });

  it('reports one deal once, however often the article repeats it', () => {
    const found = deals('Velquist Holdings to acquire Tarnwick Labs', 'Velquist Holdings will acquire Tarnwick Labs, the companies said. Velquist Holdings expects to close its acquisition of Tarnwick Labs in June.');
    expect(found.filter((d) => d.type === 'acquisition')).toHaveLength(1);
  });
});

describe('partnership', () => {
  it('lists all partners of "X partners with Y"', () => {
    const [d] = deals('Partnership news', 'Zorbex has partnered with Velquist to offer payments in Kenya.');
    expect(d).toMatchObject({ type: 'partnership', subject: null });
    expect(d!.counterparties.sort()).toEqual(['Velquist', 'Zorbex']);
  });

  it('gives one partnership per partner in "X has partnerships with A, B and C"', () => {
    const found = deals('News', 'Zorbex has partnerships with Velquist, Tarnwick Labs and Quillpay.');
    expect(found.filter((d) => d.type === 'partnership')).toHaveLength(3);
  });
});

describe('partnership: more forms', () => {
  it('reads "X and Y did not disclose the terms of their partnership" (the negation is not about the partnership)', () => {
    const found = deals('News', 'Quillon Robotics and Marlowe Foods have not disclosed the terms of their collaboration.');
    expect(found).toEqual([expect.objectContaining({ type: 'partnership', counterparties: ['Quillon Robotics', 'Marlowe Foods'] })]);
  });

  it('reads a product "set to be developed by X and Y" as their partnership', () => {
    const found = deals('News', 'A new snack bar is set to be developed by UK firm Tarnwick Labs and Marlowe Foods.');
    expect(found).toEqual([expect.objectContaining({ type: 'partnership', counterparties: ['Tarnwick Labs', 'Marlowe Foods'] })]);
  });

  it('reports one partnership when the article names a unit and a brand of the partners', () => {
    const found = deals('Velquist Hotels teams up with Norda Kraft Foods', 'Velquist Hotels today announces a new collaboration with the Norda Kraft Foods Company.\n\n'
      + 'The Velquist Partnership Studio will collaborate with the Kraft brand on a global program.');
    expect(found.filter((d) => d.type === 'partnership')).toHaveLength(1);
  });

  it('keeps a negated partnership out', () => {
    expect(deals('News', 'Quillon Robotics said it did not partner with Marlowe Foods.')).toEqual([]);
  });
});

describe('joint venture', () => {
  it('reads the members and the venture name', () => {
    const [d] = deals('Zorbex and Velquist form Norda JV', 'Zorbex and Velquist will form Norda JV, a joint venture for logistics.');
    expect(d!.type).toBe('joint_venture');
    expect(d!.subject).toBe('Norda JV');
    expect(d!.counterparties).toEqual(expect.arrayContaining(['Zorbex', 'Velquist']));
  });
});

describe('ipo', () => {
  it('reads the company that lists and a planned status', () => {
    const [d] = deals('Listing news', 'Zorbex plans to go public on the Nasdaq next year.');
    expect(d).toMatchObject({ type: 'ipo', subject: 'Zorbex', counterparties: [], status: 'planned' });
  });
});

describe('fund', () => {
  it('reads the investor and the size of a new fund', () => {
    const [d] = deals('Fund news', 'Quillon Capital closes a new $300 million fund for early-stage startups.');
    expect(d).toMatchObject({ type: 'fund', subject: 'Quillon Capital' });
    expect(d!.amount?.value).toBe(300000000);
  });
});

describe('salience', () => {
  it('marks the title deal main and a later past deal background', () => {
    const found = deals('Zorbex raises $12M', 'Zorbex raised $12 million. Its software is used widely.\n\nSeparately, in other news, Velquist acquired Tarnwick Labs in 2015.');
    expect(found.find((d) => d.type === 'funding')?.salience).toBe('main');
    expect(found.find((d) => d.type === 'acquisition')?.salience).toBe('background');
  });
});

describe('more deal forms', () => {
  it('reads stake sales into listed companies, one per company', () => {
    const found = deals('Sell-off', 'Velquist offloaded stakes in Zorbex, Quillpay and Tarnwick Labs this year.');
    expect(found.filter((d) => d.type === 'acquisition').map((d) => d.subject).sort()).toEqual(['Quillpay', 'Tarnwick Labs', 'Zorbex']);
  });

  it('reads "A, B and C — that went public" as three listings', () => {
    const found = deals('Listings', 'Velquist backed four startups — Zorbex, Quillpay and Tarnwick Labs — that went public in 2021.');
    expect(found.filter((d) => d.type === 'ipo').map((d) => d.subject).sort()).toEqual(['Quillpay', 'Tarnwick Labs', 'Zorbex']);
  });

  it('reads "X agreed to Y’s offer" as Y buying X', () => {
    const [d] = deals('Offer accepted', 'Tarnwick Labs agreed to Velquist Holdings’ increased offer of $4.1 billion.');
    expect(d).toMatchObject({ type: 'acquisition', subject: 'Tarnwick Labs', counterparties: ['Velquist Holdings'] });
  });

  it('reads a relationship "X-backed Y" as a background funding', () => {
    const found = deals('News', 'Shares of Velquist-backed Zorbex rose on Monday after a quiet week for the market.');
    expect(found[0]).toMatchObject({ type: 'funding', subject: 'Zorbex', counterparties: ['Velquist'] });
  });
});

describe('prices stated apart from the deal', () => {
  it('gives "a $N deal with X" in a later sentence to the deal that lacks a price', () => {
    const found = deals('Bank news', 'Velquist Holdings agreed to buy Tarnwick Labs. The board cleared the way for a $2.5 billion deal with Velquist Holdings.');
    expect(found.find((d) => d.type === 'acquisition')?.amount?.value).toBe(2500000000);
  });
});
