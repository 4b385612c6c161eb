import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

export interface Asset { body: Uint8Array; type: string }

const dashboardDir = fileURLToPath(new URL('../../dashboard', import.meta.url));

/**
 * The dashboard's files, read once, keyed by URL path; chart.js comes from its npm package.
 * Only these paths are ever served: no request reaches the file system.
 */
export async function dashboardAssets(dir = dashboardDir): Promise<Map<string, Asset>> {
  const assets = new Map<string, Asset>();
  for (const name of await readdir(dir)) {
    const type = TYPES[extname(name)];
    if (type) assets.set(name === 'index.html' ? '/' : `/${name}`, { body: await readFile(join(dir, name)), type });
  }
  const require = createRequire(import.meta.url);
  const chartPath = join(dirname(require.resolve('chart.js')), 'chart.umd.min.js');
  assets.set('/vendor/chart.umd.js', { body: await readFile(chartPath), type: TYPES['.js']! });
  const graphPath = join(dirname(require.resolve('chartjs-chart-graph')), 'index.umd.min.js');
  assets.set('/vendor/chartjs-chart-graph.umd.js', { body: await readFile(graphPath), type: TYPES['.js']! });
  return assets;
}
