// npm run bench [-- --only extraction|feeds] [--rounds N] [--feeds N]: prints each figure next to its reference.
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { extractionBench } from './extraction.js';
import { feedsBench } from './feeds.js';

const { values } = parseArgs({ options: { only: { type: 'string' }, rounds: { type: 'string', default: '5' }, feeds: { type: 'string', default: '1000' } } });
console.log(`news-intel bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`);
if (!values.only || values.only === 'extraction') console.log(`${extractionBench(Math.max(1, Number(values.rounds))).join('\n')}\n`);
if (!values.only || values.only === 'feeds') console.log(`${(await feedsBench(Math.max(2, Number(values.feeds)))).join('\n')}\n`);
