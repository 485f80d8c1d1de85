import "server-only";
// Where SOAP Desk is willing to send a push request. A subscription's endpoint comes from a browser,
// so it is hostile until checked: without these checks anyone signed in could make the server
// post to addresses only it can reach (its own admin ports, the cloud's metadata service, the
// school's intranet). An endpoint must be https on a public host name; the address that name
// resolves to is checked again when the request connects (a name may point anywhere by then).
// PUSH_ALLOW_LOOPBACK_ENDPOINTS lets tests use a push service on 127.0.0.1, over http too.
import { BlockList, isIP } from "node:net";
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";

export interface EndpointPolicy {
  /** Loopback addresses (127.0.0.0/8, ::1, localhost), over http or https: tests only. */
  allowLoopback: boolean;
}

const AGAIN = "Turn push off and on again on this device; if this happens again, this browser's push service cannot be used with SOAP Desk.";

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

// Every range that is not the public internet: this host, private networks, carrier NAT,
// link-local (the cloud metadata service at 169.254.169.254), multicast, reserved, and the IPv6
// equivalents (unique-local, link-local, translated forms). An IPv4-mapped IPv6 address
// (::ffff:10.0.0.1) is checked by BlockList against the IPv4 ranges.
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 3],
] as const)
  NOT_PUBLIC.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 127],
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const)
  NOT_PUBLIC.addSubnet(net, prefix, "ipv6");

function family(address: string): "ipv4" | "ipv6" | null {
  const version = isIP(address);
  return version === 4 ? "ipv4" : version === 6 ? "ipv6" : null;
}

function isLoopback(address: string): boolean {
  const kind = family(address);
  return kind !== null && LOOPBACK.check(address, kind);
}

/** Whether the server may connect to this IP address. */
export function addressAllowed(address: string, policy: EndpointPolicy): boolean {
  const kind = family(address);
  if (kind === null) return false;
  if (policy.allowLoopback && isLoopback(address)) return true;
  return !NOT_PUBLIC.check(address, kind);
}

/** Names that only ever mean a machine of one's own network. */
function isLocalName(host: string): boolean {
  return !host.includes(".") || /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa)$/.test(host);
}

/** Why SOAP Desk will not send to this endpoint, or null when it will. */
export function pushEndpointProblem(endpoint: string, policy: EndpointPolicy): string | null {
  if (!URL.canParse(endpoint)) return `This device's push address is not a web address. ${AGAIN}`;
  const url = new URL(endpoint);
  // Brackets of an IPv6 literal and a trailing dot do not change where it leads.
  const host = url.hostname
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "")
    .toLowerCase();
  const loopback = policy.allowLoopback && (isLoopback(host) || host === "localhost");
  if (url.protocol !== "https:" && !(loopback && url.protocol === "http:"))
    return `This device's push address does not start with https://, so SOAP Desk will not send to it. ${AGAIN}`;
  if (url.username || url.password) return `This device's push address carries a user name or password, which no push service uses. ${AGAIN}`;
  if (loopback) return null;
  if (family(host) !== null ? !addressAllowed(host, policy) : isLocalName(host))
    return `This device's push address points into a private or local network (${host}); SOAP Desk sends only to public push services. ${AGAIN}`;
  if (family(host) !== null) return `This device's push address is a bare IP address (${host}); push services have names. ${AGAIN}`;
  return null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A DNS lookup for http(s).request that refuses to connect to an address the policy does not
 * allow, so a public name that resolves to a private address is not followed either.
 */
export function guardedLookup(policy: EndpointPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const allowed = addresses.filter((entry) => addressAllowed(entry.address, policy));
      if (allowed.length === 0) {
        const refusal: NodeJS.ErrnoException = new Error(
          `${hostname} resolves to ${addresses.map((entry) => entry.address).join(", ")}, not a public address: SOAP Desk does not send push messages there`,
        );
        refusal.code = "EADDRNOTPUBLIC";
        return callback(refusal, []);
      }
      if (options.all) return callback(null, allowed);
      callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}
