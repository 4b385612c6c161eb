import { backupCommand, backupUsage } from './commands/backup-command.js';
import { demoCommand, demoUsage } from './commands/demo-command.js';
import { exportCommand, exportUsage } from './commands/export-command.js';
import { extractCommand, extractUsage } from './commands/extract-command.js';
import { feedsCommand, feedsUsage } from './commands/feeds-command.js';
import { freshrssCommand, freshrssUsage } from './commands/freshrss-command.js';
import { ingestCommand, ingestUsage } from './commands/ingest-command.js';
import { migrateCommand, migrateUsage } from './commands/migrate-command.js';
import { restoreCommand, restoreUsage } from './commands/restore-command.js';
import { runCommand, runUsage } from './commands/run-command.js';
import { serveCommand, serveUsage } from './commands/serve-command.js';
import { tokenCommand, tokenUsage } from './commands/token-command.js';
import { workerCommand, workerUsage } from './commands/worker-command.js';

const usage = `usage:
  ${ingestUsage}
  ${extractUsage}
  ${feedsUsage}
  ${freshrssUsage}
  ${runUsage}
  ${workerUsage}
  ${serveUsage}
  ${exportUsage}
  ${tokenUsage}
  ${demoUsage}
  ${migrateUsage}
  ${backupUsage}
  ${restoreUsage}

environment: DATABASE_URL (Postgres server; default: embedded PGlite in DATA_DIR, default ./data), PORT, HOST,
  FETCH_TIMEOUT_MS, FETCH_MAX_BYTES, ALLOW_PRIVATE_NETWORKS, POLL_CONCURRENCY, FRESHRSS_URL, FRESHRSS_USER, FRESHRSS_API_PASSWORD, API_READS`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'ingest': return ingestCommand(args);
    case 'extract': await extractCommand(args); return 0;
    case 'feeds': return feedsCommand(args);
    case 'freshrss': return freshrssCommand(args);
    case 'run': return runCommand(args);
    case 'worker': return workerCommand(args);
    case 'serve': await serveCommand(args); return 0;
    case 'export': await exportCommand(args); return 0;
    case 'token': return tokenCommand(args);
    case 'demo': await demoCommand(args); return 0;
    case 'migrate': await migrateCommand(); return 0;
    case 'backup': return backupCommand(args);
    case 'restore': return restoreCommand(args);
    case undefined: case 'help': case '--help': case '-h': console.log(usage); return 0;
    default: console.error(`news-intel: unknown command "${command}"\n${usage}`); return 2;
  }
}

main(process.argv.slice(2)).then((code) => {
  if (code !== 0) process.exitCode = code;
}, (err: unknown) => {
  // The last line says what is wrong and how to fix it; lines before it (a config error's list) give the details.
  const lines = (err instanceof Error ? err.message : String(err)).split('\n');
  const last = lines.pop()!;
  if (lines.length) console.error(`news-intel: ${lines.join('\n')}`);
  console.error(`news-intel: ${last}`);
  process.exitCode = 1;
});
