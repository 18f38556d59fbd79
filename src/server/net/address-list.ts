import { BlockList, isIP } from 'node:net';

/** proxy-addr's names (which Fastify's trustProxy understands), spelled out for BlockList. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** Splits `a, b c` into entries; empty → []. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** Null when `entry` is an IP address, a CIDR range or one of loopback/linklocal/uniquelocal. */
export function addressEntryProblem(entry: string): string | null {
  if (entry in NAMED_RANGES) return null;
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return `"${entry}" is not an IP address or CIDR range`;
  if (prefix === undefined) return null;
  const max = family === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max) {
    return `"${entry}" has a prefix length outside 0..${max}`;
  }
  return null;
}

/**
 * A matcher for a list of addresses and ranges. Node's BlockList also matches an IPv4 rule against
 * the IPv4-mapped IPv6 form (::ffff:10.0.0.1) a dual-stack socket reports.
 */
export function addressMatcher(entries: readonly string[]): (address: string | undefined) => boolean {
  const list = new BlockList();
  for (const entry of entries.flatMap((e) => NAMED_RANGES[e] ?? [e])) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return (address) => {
    const family = address ? isIP(address) : 0;
    return family !== 0 && list.check(address!, family === 6 ? 'ipv6' : 'ipv4');
  };
}
