import { DEAL_EXPORT_HEADER } from './deal-export-header.js';
import type { ExportFormat } from './write-rows.js';

/** How each of the deal's columns in dealLinesQuery (DEAL_EXPORT_HEADER's order, after the line) is written. */
const KINDS = ['int', 'text', 'text', 'text', 'num', 'text', 'num', 'bool', 'text', 'date',
  'list', 'list', 'list', 'list', 'list', 'conf', 'int', 'list', 'list', 'text'] as const;
type Kind = typeof KINDS[number];

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** JSON.stringify's short escapes, by byte; other bytes below 0x20 become \u00xx. */
const JSON_ESCAPES: Record<number, string> = { 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0c: '\\f', 0x0d: '\\r', 0x22: '\\"', 0x5c: '\\\\' };
const JSON_KEYS = DEAL_EXPORT_HEADER.map((k, i) => Buffer.from(`${i ? ',' : '{'}"${k}":`, 'latin1'));

/** A cell a spreadsheet would take for a formula: starts with = + - @, tab or CR (csvCell's rule). */
const isFormulaStart = (b: number) => b === 0x3d || b === 0x2b || b === 0x2d || b === 0x40 || b === 0x09 || b === 0x0d;
/** A byte that makes csvCell quote a cell: " , CR LF. */
const isCsvSpecial = (b: number) => b === QUOTE || b === 0x2c || b === 0x0d || b === 0x0a;

/**
 * Writes the rows of dealLinesQuery (UTF-8 text fields as COPY binary sends them) as export lines, byte for byte what
 * writeRows writes for the same deals read as DealRows: CSV cells through csvCell's rules, lists joined with "; ",
 * JSON as JSON.stringify writes it. Text is copied as bytes, never decoded; only the three numbers are read, as the
 * driver reads them, and written as JavaScript writes them.
 */
export class DealLineWriter {
  private out = Buffer.allocUnsafe(1 << 20);
  private len = 0;

  constructor(private readonly format: ExportFormat) {}

  /**
   * Appends the line of one row of dealLinesQuery; `bounds` holds each field's [start, end) in `buf`, -1 for NULL: the
   * ready line (copied as it is) or, when it is NULL, the deal's columns (written here).
   */
  row(buf: Buffer, bounds: readonly number[]): void {
    if (bounds[0]! >= 0) { this.copy(buf, bounds[0]!, bounds[1]!); return; }
    const csv = this.format === 'csv';
    for (let i = 0; i < KINDS.length; i++) {
      if (csv) { if (i) this.byte(0x2c); } else this.bytes(JSON_KEYS[i]!);
      const start = bounds[2 * i + 2]!;
      const end = bounds[2 * i + 3]!;
      if (csv) this.csvField(KINDS[i]!, buf, start, end);
      else this.jsonField(KINDS[i]!, buf, start, end);
    }
    if (csv) { this.byte(0x0d); this.byte(0x0a); } else { this.byte(0x7d); this.byte(0x0a); }
  }

  /** The lines written since the last call. */
  take(): string {
    const s = this.out.toString('utf8', 0, this.len);
    this.len = 0;
    return s;
  }

  private csvField(kind: Kind, buf: Buffer, start: number, end: number): void {
    if (start < 0) return;
    switch (kind) {
      case 'int': case 'bool': this.copy(buf, start, end); return;
      case 'num': this.ascii(String(Number(buf.toString('latin1', start, end)))); return;
      case 'conf': this.ascii(String(confidence(buf, start, end))); return;
      // A date too: '-infinity' starts like a formula.
      case 'text': case 'date': this.csvText(buf, start, end); return;
      case 'list': this.csvList(buf, start); return;
    }
  }

  private jsonField(kind: Kind, buf: Buffer, start: number, end: number): void {
    if (start < 0) { if (kind === 'list') this.ascii('[]'); else this.ascii('null'); return; }
    switch (kind) {
      case 'int': case 'bool': this.copy(buf, start, end); return;
      case 'date': this.byte(QUOTE); this.copy(buf, start, end); this.byte(QUOTE); return;
      case 'num': this.ascii(JSON.stringify(Number(buf.toString('latin1', start, end)))); return;
      case 'conf': this.ascii(JSON.stringify(confidence(buf, start, end))); return;
      case 'text': this.jsonText(buf, start, end); return;
      case 'list': {
        this.byte(0x5b);
        for (let i = 0, count = arrayLength(buf, start), p = start + ARRAY_HEADER; i < count; i++) {
          const length = buf.readInt32BE(p);
          p += 4;
          if (i) this.byte(0x2c);
          if (length < 0) { this.ascii('null'); continue; }
          this.jsonText(buf, p, p + length);
          p += length;
        }
        this.byte(0x5d);
      }
    }
  }

  private csvText(buf: Buffer, start: number, end: number): void {
    const formula = start < end && isFormulaStart(buf[start]!);
    let special = formula;
    for (let p = start; !special && p < end; p++) special = isCsvSpecial(buf[p]!);
    if (!special) { this.copy(buf, start, end); return; }
    this.byte(QUOTE);
    if (formula) this.byte(0x27);
    this.csvEscaped(buf, start, end);
    this.byte(QUOTE);
  }

  /** A list cell: the elements joined with "; " (a NULL element as empty, as Array.join does), then as a text cell. */
  private csvList(buf: Buffer, start: number): void {
    const count = arrayLength(buf, start);
    let firstByte = -1;
    let special = false;
    for (let i = 0, p = start + ARRAY_HEADER; i < count; i++) {
      const length = buf.readInt32BE(p);
      p += 4;
      if (i === 0) firstByte = length > 0 ? buf[p]! : -1;
      else if (firstByte < 0) firstByte = 0x3b; // an empty first element: the joined text starts with the separator
      for (let q = p, end = p + Math.max(length, 0); !special && q < end; q++) special = isCsvSpecial(buf[q]!);
      if (length > 0) p += length;
    }
    const formula = firstByte >= 0 && isFormulaStart(firstByte);
    const quoted = special || formula;
    if (quoted) {
      this.byte(QUOTE);
      if (formula) this.byte(0x27);
    }
    for (let i = 0, p = start + ARRAY_HEADER; i < count; i++) {
      const length = buf.readInt32BE(p);
      p += 4;
      if (i) { this.byte(0x3b); this.byte(0x20); }
      if (length <= 0) continue;
      if (quoted) this.csvEscaped(buf, p, p + length);
      else this.copy(buf, p, p + length);
      p += length;
    }
    if (quoted) this.byte(QUOTE);
  }

  private csvEscaped(buf: Buffer, start: number, end: number): void {
    this.ensure(2 * (end - start));
    const out = this.out;
    let n = this.len;
    for (let p = start; p < end; p++) {
      const b = buf[p]!;
      out[n++] = b;
      if (b === QUOTE) out[n++] = QUOTE;
    }
    this.len = n;
  }

  private jsonText(buf: Buffer, start: number, end: number): void {
    let plain = true;
    for (let p = start; plain && p < end; p++) { const b = buf[p]!; plain = b >= 0x20 && b !== QUOTE && b !== BACKSLASH; }
    this.byte(QUOTE);
    if (plain) this.copy(buf, start, end);
    else {
      for (let p = start; p < end; p++) {
        const b = buf[p]!;
        if (b >= 0x20 && b !== QUOTE && b !== BACKSLASH) this.byte(b);
        else this.ascii(JSON_ESCAPES[b] ?? `\\u${b.toString(16).padStart(4, '0')}`);
      }
    }
    this.byte(QUOTE);
  }

  private ensure(n: number): void {
    if (this.len + n <= this.out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(2 * this.out.length, this.len + n));
    this.out.copy(bigger, 0, 0, this.len);
    this.out = bigger;
  }

  private byte(b: number): void {
    this.ensure(1);
    this.out[this.len++] = b;
  }

  private bytes(b: Buffer): void {
    this.ensure(b.length);
    this.len += b.copy(this.out, this.len);
  }

  private copy(buf: Buffer, start: number, end: number): void {
    this.ensure(end - start);
    if (end - start > 64) { this.len += buf.copy(this.out, this.len, start, end); return; }
    // Short runs, most cells: a loop costs less than a call into Buffer.copy.
    const out = this.out;
    let n = this.len;
    for (let p = start; p < end; p++) out[n++] = buf[p]!;
    this.len = n;
  }

  /** ASCII text (numbers, escapes) written a byte a character. */
  private ascii(s: string): void {
    this.ensure(s.length);
    this.len += this.out.write(s, this.len, 'latin1');
  }
}

/** The confidence as the row export reads it: the real's text read as a number, rounded to three decimals. */
const confidence = (buf: Buffer, start: number, end: number) => Number(Number(buf.toString('latin1', start, end)).toFixed(3));

/** Bytes before the first element of a one-dimensional array in Postgres' binary form (array_send): dimensions, null flag, element type, size, lower bound. */
const ARRAY_HEADER = 20;

/** The number of elements of an array in binary form (each then a length, -1 for NULL, and its bytes); 0 for an empty one. */
function arrayLength(buf: Buffer, start: number): number {
  const dims = buf.readInt32BE(start);
  if (dims === 0) return 0;
  if (dims !== 1) throw new Error(`export: expected a one-dimensional array, got ${dims} dimensions`);
  return buf.readInt32BE(start + 12);
}
