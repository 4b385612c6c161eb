export interface Progress {
  /** How many steps the work has (may grow). */
  setTotal(total: number): void;
  /** One step done; `line` is what it did (a log line off a TTY, the bar's caption on one; `keep` also prints it above). */
  step(line: string, keep?: boolean): void;
  /** A line that always shows (errors, notices), above the bar on a TTY. */
  log(line: string): void;
  /** Removes the bar. */
  done(): void;
}

interface Out { write(s: string): unknown; isTTY?: boolean; columns?: number }

const WIDTH = 24;

/**
 * Progress of long work: on a terminal one bar redrawn in place (`[#####-----] 12/40 label: last step`), elsewhere
 * (pipes, files, CI logs) one plain line per step (or per `every` steps, and the last).
 */
export function progress(label: string, opts: { out?: Out; isTTY?: boolean; every?: number } = {}): Progress {
  const out = opts.out ?? process.stdout;
  const isTTY = opts.isTTY ?? out.isTTY === true;
  const every = opts.every ?? 1;
  let total = 0;
  let count = 0;
  let caption = '';
  let drawn = false;
  const clear = () => { if (drawn) out.write('\r\x1b[2K'); drawn = false; };
  const draw = () => {
    const filled = total ? Math.min(WIDTH, Math.round((count / total) * WIDTH)) : 0;
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${count}/${total || '?'} ${label}${caption ? `: ${caption}` : ''}`;
    const max = Math.max(20, (out.columns ?? 100) - 1);
    out.write(`\r\x1b[2K${bar.length > max ? `${bar.slice(0, max - 1)}…` : bar}`);
    drawn = true;
  };
  return {
    setTotal(n) { total = n; if (isTTY) draw(); },
    step(line, keep = false) {
      count++;
      if (!isTTY) {
        if (keep || count % every === 0 || count === total) out.write(`${line}\n`);
        return;
      }
      if (keep) { clear(); out.write(`${line}\n`); }
      caption = line;
      draw();
    },
    log(line) {
      if (!isTTY) { out.write(`${line}\n`); return; }
      clear();
      out.write(`${line}\n`);
      draw();
    },
    done() { if (isTTY) { clear(); } },
  };
}
