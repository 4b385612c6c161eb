const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/**
 * Reads the rows of `COPY … TO STDOUT (FORMAT binary)` from chunks cut anywhere: each complete row is handed to `onRow`
 * as the chunk and the [start, end) byte range of each field (-1, -1 for NULL); a row cut by a chunk's end waits for the next.
 */
export class CopyBinaryDecoder {
  private rest: Buffer | null = null;
  private headerRead = false;
  private ended = false;
  private readonly bounds: number[];

  constructor(private readonly fields: number) {
    this.bounds = new Array<number>(fields * 2).fill(-1);
  }

  /** True once the trailer has been read. */
  get done(): boolean { return this.ended; }

  push(chunk: Buffer, onRow: (buf: Buffer, bounds: readonly number[]) => void): void {
    const buf = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
    this.rest = null;
    let pos = 0;
    if (!this.headerRead) {
      if (buf.length < 19) { this.rest = buf; return; }
      if (!buf.subarray(0, 11).equals(SIGNATURE)) throw new Error('export: the database did not send COPY binary data');
      const extension = buf.readUInt32BE(15);
      if (buf.length < 19 + extension) { this.rest = buf; return; }
      pos = 19 + extension;
      this.headerRead = true;
    }
    const { bounds, fields } = this;
    while (!this.ended && pos + 2 <= buf.length) {
      const count = buf.readInt16BE(pos);
      if (count === -1) { this.ended = true; pos += 2; break; }
      if (count !== fields) throw new Error(`export: expected ${fields} fields a row from COPY, got ${count}`);
      let p = pos + 2;
      let complete = true;
      for (let i = 0; i < fields; i++) {
        if (p + 4 > buf.length) { complete = false; break; }
        const length = buf.readInt32BE(p);
        p += 4;
        if (length < 0) { bounds[2 * i] = -1; bounds[2 * i + 1] = -1; continue; }
        if (p + length > buf.length) { complete = false; break; }
        bounds[2 * i] = p;
        bounds[2 * i + 1] = p + length;
        p += length;
      }
      if (!complete) break;
      onRow(buf, bounds);
      pos = p;
    }
    if (pos < buf.length && !this.ended) this.rest = buf.subarray(pos);
  }
}
