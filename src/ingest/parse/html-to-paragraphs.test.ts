import { describe, expect, it } from 'vitest';
import { htmlToParagraphs } from './html-to-paragraphs.js';

describe('htmlToParagraphs', () => {
  it('turns blocks and double breaks into paragraphs, drops scripts, styles and comments', () => {
    const html = '<div><h2>Head</h2><p>One\n  two &amp; <a href="#">three</a></p>Four<br>five<br><br>Six'
      + '<script>alert(1)</script><style>p{}</style><!-- note --><ul><li>Item</li></ul></div>';
    expect(htmlToParagraphs(html)).toBe('Head\n\nOne two & three\n\nFour five\n\nSix\n\nItem');
  });

  it('decodes every HTML entity and keeps a bare < as text', () => {
    expect(htmlToParagraphs('Caf&eacute; &ndash; 3 &lt; 4 &#x1F600; a < b')).toBe('Café – 3 < 4 😀 a < b');
  });

  it('survives deeply nested markup', () => {
    expect(htmlToParagraphs(`${'<span>'.repeat(20000)}deep${'</span>'.repeat(20000)}`)).toBe('deep');
  });

  it('leaves plain text as paragraphs', () => {
    expect(htmlToParagraphs('a\r\n\r\n  b   c\n')).toBe('a\n\nb c');
  });
});
