// npm run bench [-- --only extraction|feeds|export] [--rounds N] [--feeds N] [--deals N] [--database-url URL (export on a server)]: prints each figure next to its reference.
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { exportBench } from './export.js';
import { extractionBench } from './extraction.js';
import { feedsBench } from './feeds.js';

const { values } = parseArgs({ options: { only: { type: 'string' }, rounds: { type: 'string', default: '5' }, feeds: { type: 'string', default: '1000' }, deals: { type: 'string', default: '200000' }, 'database-url': { type: 'string' } } });
console.log(`news-intel bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`);
if (!values.only || values.only === 'extraction') console.log(`${extractionBench(Math.max(1, Number(values.rounds))).join('\n')}\n`);
if (!values.only || values.only === 'feeds') console.log(`${(await feedsBench(Math.max(2, Number(values.feeds)))).join('\n')}\n`);
if (!values.only || values.only === 'export') console.log(`${(await exportBench(Math.max(1, Number(values.deals)), values['database-url'])).join('\n')}\n`);
