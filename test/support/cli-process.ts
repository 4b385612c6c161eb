import { spawn } from 'node:child_process';

const bin = new URL('../../bin/news-intel.js', import.meta.url).pathname;

export interface CliProcess {
  pid: number;
  /** Exit code (null when killed) and signal, once it ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything written to stdout and stderr so far, in order. */
  output(): string;
  /** Resolves once the output matches (rejects if the process ends first, or after `timeoutMs`). */
  waitFor(re: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** How many times the output matches `re` (a global regexp). */
  count(re: RegExp): number;
  kill(signal: NodeJS.Signals): void;
}

/**
 * `news-intel <args>` as a child process with `env` over the test's environment (no database settings leak in:
 * DATABASE_URL and DATA_DIR come from `env` only).
 */
export function startCli(args: string[], env: Record<string, string>): CliProcess {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: '', ALLOW_PRIVATE_NETWORKS: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const listeners = new Set<() => void>();
  const take = (d: Buffer) => { out += d.toString(); for (const l of [...listeners]) l(); };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => { resolve({ code, signal }); for (const l of [...listeners]) l(); });
  });
  let ended = false;
  void exited.then(() => { ended = true; });
  return {
    pid: child.pid!,
    exited,
    output: () => out,
    count: (re) => out.match(re)?.length ?? 0,
    kill: (signal) => { child.kill(signal); },
    waitFor: (re, timeoutMs = 120_000) => new Promise((resolve, reject) => {
      const timer = setTimeout(() => { listeners.delete(check); reject(new Error(`no ${re} after ${timeoutMs} ms:\n${out}`)); }, timeoutMs);
      function check() {
        const m = out.match(re);
        if (m) { clearTimeout(timer); listeners.delete(check); resolve(m); return; }
        if (ended) { clearTimeout(timer); listeners.delete(check); reject(new Error(`news-intel ${args[0]} ended before ${re}:\n${out}`)); }
      }
      listeners.add(check);
      check();
    }),
  };
}
