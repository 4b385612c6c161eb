import { isIP } from 'node:net';

/** IPv4 as four numbers, or null when `ip` is not a dotted quad. */
function v4Octets(ip: string): number[] | null {
  return isIP(ip) === 4 ? ip.split('.').map(Number) : null;
}

function isPrivateV4([a = 0, b = 0]: number[]): boolean {
  return a === 0 || a === 10 || a === 127 || a >= 224 // this network, private, loopback, multicast and reserved
    || (a === 100 && b >= 64 && b <= 127) // CGNAT 100.64/10
    || (a === 169 && b === 254) // link-local, cloud metadata
    || (a === 172 && b >= 16 && b <= 31)
    || (a === 192 && b === 168)
    || (a === 192 && b === 0) // 192.0.0/24 protocol assignments (and 192.0.2/24 documentation)
    || (a === 198 && (b === 18 || b === 19)); // benchmarking 198.18/15
}

/** Eight 16-bit groups of an IPv6 address (zone id dropped, embedded dotted IPv4 read), or null. */
function v6Groups(ip: string): number[] | null {
  const bare = ip.replace(/%.*$/, '');
  if (isIP(bare) !== 6) return null;
  let text = bare;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split('.').map(Number);
    text = text.slice(0, -dotted[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

const embeddedV4 = (hi: number, lo: number) => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff];

function isPrivateV6(g: number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const upperZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (upperZero && (g5 === 0 || g5 === 0xffff)) {
    // ::, ::1, IPv4-compatible ::a.b.c.d and IPv4-mapped ::ffff:a.b.c.d
    if (g5 === 0 && g6 === 0) return true;
    return isPrivateV4(embeddedV4(g6, g7));
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return isPrivateV4(embeddedV4(g6, g7)); // NAT64
  if (g0 === 0x2002) return isPrivateV4(embeddedV4(g1, g2)); // 6to4
  return (g0 & 0xfe00) === 0xfc00 // unique local fc00::/7
    || (g0 & 0xffc0) === 0xfe80 // link-local fe80::/10
    || (g0 & 0xffc0) === 0xfec0 // deprecated site-local fec0::/10
    || (g0 & 0xff00) === 0xff00; // multicast ff00::/8
}

/**
 * True for loopback, private (RFC 1918, fc00::/7), link-local (169.254/16, fe80::/10), CGNAT, unspecified, multicast
 * and reserved addresses, IPv4 or IPv6, including IPv4 inside IPv6 (mapped, compatible, NAT64, 6to4).
 * Anything that is not an IP address at all counts as private: refuse what cannot be checked.
 */
export function isPrivateAddress(address: string): boolean {
  const ip = address.trim().toLowerCase().replace(/^\[|\]$/g, '');
  const v4 = v4Octets(ip);
  if (v4) return isPrivateV4(v4);
  const v6 = v6Groups(ip);
  if (v6) return isPrivateV6(v6);
  return true;
}
