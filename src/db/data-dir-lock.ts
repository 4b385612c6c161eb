import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const lockName = '.news-intel.lock';

/** Whether `pid` is a live node process (a pid reused by another program after a crash does not hold the folder). */
async function holds(pid: number): Promise<boolean> {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => null);
  return cmdline === null || /node|tsx|news-intel/.test(cmdline);
}

/**
 * Takes the PGlite data folder for this process: PGlite has no lock of its own, and two processes writing one
 * folder corrupt it. The lock is a file holding the pid; one left by a process that died is taken over. Writing
 * it is also the check that the folder is writable. Returns the release function.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const file = join(dir, lockName);
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(file, `${process.pid}\n`, { flag: 'wx' });
      return async () => {
        const owner = await readFile(file, 'utf8').catch(() => '');
        if (Number(owner.trim()) === process.pid) await rm(file, { force: true });
      };
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code !== 'EEXIST') {
        throw new Error(`db: cannot write in the data folder ${dir} (${e.code ?? e.message}) — make it writable, or set DATA_DIR to a folder this user can write`, { cause: e });
      }
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (attempt === 0 && !(await holds(pid))) {
        await rm(file, { force: true });
        continue;
      }
      const who = pid === process.pid ? 'this process' : `another process (pid ${pid})`;
      throw new Error(`db: the data folder ${dir} is in use by ${who}, and the embedded database serves one process at a time — stop that process (or delete ${file} if it is gone), or set DATABASE_URL to a Postgres server to share the data`);
    }
  }
}
