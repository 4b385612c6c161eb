import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isPrivateAddress } from '../private-address.js';
import { fetchFailure, type FetchWhere } from './fetch-failure.js';

/** Resolves a host name to all its addresses (dns.lookup with `all: true` by default; tests pass a fake). */
export type ResolveAll = (host: string, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

const systemResolve: ResolveAll = (host, callback) => dnsLookup(host, { all: true, verbatim: true }, callback);

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA', 'ENODATA']);

/**
 * A `lookup` for http(s).request that checks every address a host resolves to, so the address the socket connects to
 * is the one checked (no second resolution to race). Any private answer refuses the whole host unless allowed.
 */
export function guardedLookup(where: FetchWhere, allowPrivateAddresses: boolean, resolve: ResolveAll = systemResolve): LookupFunction {
  return (host: string, options: LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    resolve(host, (err, found) => {
      if (err) {
        const kind = DNS_CODES.has(err.code ?? '') ? 'dns' : 'network';
        callback(fetchFailure(where, kind, `cannot resolve host ${host} (${err.message})`, { cause: err }), []);
        return;
      }
      const wanted = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
      if (wanted.length === 0) {
        callback(fetchFailure(where, 'dns', `cannot resolve host ${host} (no address${options.family ? ` of IPv${options.family}` : ''})`), []);
        return;
      }
      const refused = allowPrivateAddresses ? undefined : found.find((a) => isPrivateAddress(a.address));
      if (refused) {
        const problem = `refused, ${host} resolves to private address ${refused.address} (set ALLOW_PRIVATE_NETWORKS=1 to allow)`;
        callback(fetchFailure(where, 'private-address', problem), []);
        return;
      }
      if (options.all) callback(null, wanted);
      else callback(null, wanted[0]!.address, wanted[0]!.family);
    });
  };
}
