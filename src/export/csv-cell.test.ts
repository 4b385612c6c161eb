import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv-cell.js';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`], ['+1', `"'+1"`], ['-2+3', `"'-2+3"`], ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`], ['\rx', `"'\rx"`], ['', ''],
  ])('%j → %j', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it('writes numbers as numbers and nulls as empty cells, rows ending in CRLF', () => {
    expect(csvLine([1, -2.5, null, undefined, true, 'x'])).toBe('1,-2.5,,,true,x\r\n');
  });
});
