import { describe, expect, it } from 'vitest';
import { detectCharset } from './detect-charset.js';

const b = (text: string, ...prefix: number[]) => Buffer.concat([Buffer.from(prefix), Buffer.from(text, 'latin1')]);

describe('detectCharset', () => {
  it.each([
    ['text/xml; charset="ISO-8859-1"', b('<?xml version="1.0" encoding="utf-8"?>'), { label: 'ISO-8859-1', from: 'header' }],
    ['text/xml; charset=gbk', b('<x/>', 0xef, 0xbb, 0xbf), { label: 'utf-8', from: 'bom' }],
    ['application/xml', b('<x/>', 0xff, 0xfe), { label: 'utf-16le', from: 'bom' }],
    ['application/xml', b("<?xml version='1.0' encoding='Shift_JIS' standalone='yes'?><rss/>"), { label: 'Shift_JIS', from: 'xml-declaration' }],
    ['application/xml', b('<?xml version="1.0" encoding="UTF-16"?><rss/>'), { label: 'utf-8', from: 'xml-declaration' }],
    ['text/html', b('<html><head><meta charset=gb2312></head>'), { label: 'gb2312', from: 'html-meta' }],
    ['text/html', b('<meta http-equiv="content-type" content="text/html; charset=windows-1252">'), { label: 'windows-1252', from: 'html-meta' }],
    ['application/rss+xml', b('<rss><item><description><![CDATA[<meta charset="gbk">]]></description></item></rss>'), { label: 'utf-8', from: 'default' }],
    ['', b('plain'), { label: 'utf-8', from: 'default' }],
  ])('%s %#', (contentType, body, expected) => {
    expect(detectCharset(contentType, body)).toEqual(expected);
  });
});
