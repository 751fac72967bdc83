import { BlockList, isIP } from 'node:net';

/**
 * Address ranges a link check must never connect to: a content PR could otherwise make CI probe
 * its own network or the cloud metadata service.
 * @see https://www.iana.org/assignments/iana-ipv4-special-registry/
 * @see https://www.iana.org/assignments/iana-ipv6-special-registry/
 */
const refusedRanges: [network: string, prefix: number, family: 'ipv4' | 'ipv6', label: string][] = [
  ['0.0.0.0', 8, 'ipv4', 'unspecified'],
  ['10.0.0.0', 8, 'ipv4', 'private'],
  ['100.64.0.0', 10, 'ipv4', 'shared address space'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'ipv4', 'private'],
  ['192.0.0.0', 24, 'ipv4', 'protocol assignments'],
  ['192.0.2.0', 24, 'ipv4', 'documentation'],
  ['192.168.0.0', 16, 'ipv4', 'private'],
  ['198.18.0.0', 15, 'ipv4', 'benchmarking'],
  ['198.51.100.0', 24, 'ipv4', 'documentation'],
  ['203.0.113.0', 24, 'ipv4', 'documentation'],
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved'],
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['100::', 64, 'ipv6', 'discard'],
  ['2001:db8::', 32, 'ipv6', 'documentation'],
  ['fc00::', 7, 'ipv6', 'unique local (cloud metadata)'],
  ['fe80::', 10, 'ipv6', 'link-local'],
  ['ff00::', 8, 'ipv6', 'multicast'],
  // Forms that carry an IPv4 address a relay or an old stack may turn into that address: refused
  // whole, as they have no use in a link a reader follows.
  ['::', 96, 'ipv6', 'IPv4-compatible (deprecated)'],
  ['::ffff:0:0:0', 96, 'ipv6', 'IPv4-translated'],
  ['64:ff9b:1::', 48, 'ipv6', 'local-use IPv4/IPv6 translation'],
  ['2002::', 16, 'ipv6', '6to4'],
  ['2001::', 32, 'ipv6', 'Teredo'],
  // The rest of IANA's special-purpose registry, and the site-local range it replaced: none is an
  // address a reader's link needs. The more specific range comes first, as the first match names it.
  ['2001:2::', 48, 'ipv6', 'benchmarking'],
  ['2001::', 23, 'ipv6', 'protocol assignments'],
  ['2620:4f:8000::', 48, 'ipv6', 'AS112 (direct delegation)'],
  ['100:0:0:1::', 64, 'ipv6', 'dummy prefix'],
  ['3fff::', 20, 'ipv6', 'documentation'],
  ['5f00::', 16, 'ipv6', 'segment routing (SRv6)'],
  ['fec0::', 10, 'ipv6', 'site-local (deprecated)'],
];

const blockLists = refusedRanges.map(([network, prefix, family, label]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { list, family, label };
});

/** Host names that mean this machine or a metadata service whatever DNS says. */
const refusedNames = [/^localhost$/i, /\.localhost$/i, /^metadata\.google\.internal$/i, /^metadata$/i];

/** The IPv4 address inside an IPv4-mapped (`::ffff:a.b.c.d`) or NAT64 (`64:ff9b::a.b.c.d`) IPv6 address. */
function embeddedIpv4(address: string): string | undefined {
  const match = /^(?:::ffff:|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([\da-f]{1,4}):([\da-f]{1,4}))$/i.exec(address);
  if (!match) return undefined;
  if (match[1]) return match[1];
  const high = Number.parseInt(match[2]!, 16);
  const low = Number.parseInt(match[3]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/**
 * Why an IP address is refused (`loopback`, `private`, …), or `undefined` for a public address.
 * Not an IP address at all counts as refused: callers pass resolved addresses only.
 */
export function refusedAddressReason(address: string): string | undefined {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return 'not an IP address';
  const mapped = family === 6 ? embeddedIpv4(bare) : undefined;
  if (mapped) return refusedAddressReason(mapped);
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const { list, family: rangeFamily, label } of blockLists) {
    if (rangeFamily === type && list.check(bare, type)) return label;
  }
  return undefined;
}

/** Why a host name is refused before any lookup, or `undefined`. */
export function refusedHostnameReason(hostname: string): string | undefined {
  const bare = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (isIP(bare) !== 0) return refusedAddressReason(bare);
  return refusedNames.some((pattern) => pattern.test(bare)) ? 'a local host name' : undefined;
}
