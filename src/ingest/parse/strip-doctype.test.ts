import { describe, expect, it } from 'vitest';
import { stripDoctype } from './strip-doctype.js';

describe('stripDoctype', () => {
  it('removes a DOCTYPE with its internal subset, keeping line numbers', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "x > ] y">\n<!-- ] > -->\n]>\n<rss/>';
    expect(stripDoctype(xml)).toBe('<?xml version="1.0"?>\n\n\n\n\n<rss/>');
  });

  it('removes public and system identifiers with > inside quotes', () => {
    expect(stripDoctype('<!DOCTYPE rss SYSTEM "http://x/>.dtd"><rss/>')).toBe('<rss/>');
    expect(stripDoctype('<!-- c --><!doctype feed PUBLIC "-//X//EN" \'y.dtd\'><feed/>')).toBe('<!-- c --><feed/>');
  });

  it('leaves a DOCTYPE that appears only inside the document alone', () => {
    const xml = '<rss><channel><description><![CDATA[<!DOCTYPE html>]]></description></channel></rss>';
    expect(stripDoctype(xml)).toBe(xml);
  });
});
