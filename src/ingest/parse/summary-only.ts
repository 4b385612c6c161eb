/** Shorter than this, an item without a full-content field is taken to be a summary. */
const SHORT = 500;
const TRUNCATED = /(\.\.\.|…|\[\s*(?:\.\.\.|…)\s*\]|\b(?:read more|continue reading|keep reading|read the (?:full|rest|whole)[^.!?]{0,30}|read full (?:story|article)))\s*[»›→]?\s*$/i;

/** Whether an item gave only a summary: a short body and no full-content field, or a body that ends cut off. */
export function summaryOnly(body: string, hasFullContent: boolean): boolean {
  if (!body) return true;
  if (TRUNCATED.test(body.slice(-80))) return true;
  return !hasFullContent && body.length < SHORT;
}
