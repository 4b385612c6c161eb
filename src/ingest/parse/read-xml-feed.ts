import { MalformedError, ParseError } from 'feedsmith';
import { parseXmlWithFeedsmith } from './parse-xml-with-feedsmith.js';
import { prepareXml } from './prepare-xml.js';
import type { ReadFeed } from './raw-item.js';
import { rootElement } from './root-element.js';
import { salvageXmlFeed } from './salvage-xml-feed.js';
import { xmlFeedFormat, type XmlFeedFormat } from './xml-feed-format.js';
import { xmlProblem } from './xml-problem.js';

/**
 * An RSS, RDF or Atom document: DOCTYPE removed first (no entity from a DTD is ever expanded), then parsed by
 * feedsmith; a document that is not well-formed is salvaged item by item; a well-formed one with nothing in it is an
 * empty feed. Throws when nothing can be read.
 */
export function readXmlFeed(
  text: string, source: string, baseUrl: string | null,
): ReadFeed & { format: XmlFeedFormat; dropped: Record<string, number> } {
  const xml = prepareXml(text);
  const root = rootElement(xml);
  const format = xmlFeedFormat(root);
  if (!format) {
    throw new Error(`parse: ${source}: not a feed: ${root ? `root element is <${root}>` : 'no root element'}, expected <rss>, <rdf:RDF> or <feed>`);
  }
  try {
    return { format, dropped: {}, ...parseXmlWithFeedsmith(xml, format, baseUrl) };
  } catch (err) {
    if (err instanceof ParseError) return { format, dropped: {}, meta: { title: null, siteUrl: null, ttlMinutes: null }, items: [] };
    if (!(err instanceof MalformedError)) {
      throw new Error(`parse: ${source}: not a usable ${format} document (${(err as Error).message})`, { cause: err });
    }
    const salvaged = salvageXmlFeed(xml, format, baseUrl);
    if (salvaged) return { format, ...salvaged };
    const why = xmlProblem(xml) ?? ((err.cause as Error | undefined)?.message ?? err.message);
    throw new Error(`parse: ${source}: not well-formed XML (${why})`, { cause: err });
  }
}
