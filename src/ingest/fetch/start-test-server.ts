import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

/** For tests only: an HTTP server on 127.0.0.1, on a port of the system's choosing. */
export async function startTestServer(handler: RequestListener): Promise<{ base: string; port: number; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
