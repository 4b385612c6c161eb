import { MalformedError, parseOpml as feedsmithOpml } from 'feedsmith';
import { countDrop } from './count-drop.js';
import { oneLine } from './one-line.js';
import { prepareXml } from './prepare-xml.js';
import { resolveUrl } from './resolve-url.js';
import { rootElement } from './root-element.js';
import { xmlProblem } from './xml-problem.js';

export interface OpmlFeed { url: string; title: string | null; siteUrl: string | null; tags: string[] }
export interface ParsedOpml { title: string | null; feeds: OpmlFeed[]; dropped: Record<string, number> }
interface Outline { text?: string; title?: string; xmlUrl?: string; htmlUrl?: string; outlines?: Outline[] }

function walk(outlines: Outline[], tags: string[], byUrl: Map<string, OpmlFeed>, dropped: Record<string, number>): void {
  for (const o of outlines) {
    const name = oneLine(o.title ?? o.text, false);
    if (o.xmlUrl !== undefined) {
      const url = resolveUrl(o.xmlUrl);
      if (!url) {
        countDrop(dropped, 'invalid-url');
      } else {
        const known = byUrl.get(url);
        if (known) known.tags.push(...tags.filter((t) => !known.tags.includes(t)));
        else byUrl.set(url, { url, title: name && name !== o.xmlUrl.trim() ? name : null, siteUrl: resolveUrl(o.htmlUrl), tags: [...tags] });
      }
    }
    if (o.outlines?.length) {
      const folder = oneLine(o.text ?? o.title, false);
      walk(o.outlines, folder && !tags.includes(folder) ? [...tags, folder] : tags, byUrl, dropped);
    }
  }
}

/**
 * An OPML subscription list: every feed outline once (by URL; a feed in several folders gets every folder's tag),
 * nested folders as tags, outermost first. Feed URLs that are not absolute http(s) are dropped as 'invalid-url'.
 */
export function parseOpml(text: string, source: string): ParsedOpml {
  const xml = prepareXml(text.trim());
  const root = rootElement(xml);
  if (root !== 'opml') throw new Error(`parse: ${source}: not OPML: ${root ? `root element is <${root}>` : 'no root element'}`);
  let doc: { head?: { title?: string }; body?: { outlines?: Outline[] } };
  try {
    doc = feedsmithOpml(xml);
  } catch (err) {
    const why = err instanceof MalformedError ? `not well-formed XML (${xmlProblem(xml) ?? (err.cause as Error)?.message})` : `not usable OPML (${(err as Error).message})`;
    throw new Error(`parse: ${source}: ${why}`, { cause: err });
  }
  const byUrl = new Map<string, OpmlFeed>();
  const dropped: Record<string, number> = {};
  walk(doc.body?.outlines ?? [], [], byUrl, dropped);
  return { title: oneLine(doc.head?.title, false) || null, feeds: [...byUrl.values()], dropped };
}
