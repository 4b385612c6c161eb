export type XmlFeedFormat = 'rss' | 'rdf' | 'atom';

/** The feed format a root element names (`rss`, `rdf:RDF`, `feed`, with any prefix), or null. */
export function xmlFeedFormat(root: string | null): XmlFeedFormat | null {
  switch (root?.split(':').pop()) {
    case 'rss': return 'rss';
    case 'rdf': return 'rdf';
    case 'feed': return 'atom';
    default: return null;
  }
}
