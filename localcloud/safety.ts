// Guards that keep function code from ever reaching the real cloud (or anything else off this machine).
import dgram from 'node:dgram';
import dns from 'node:dns';
import net from 'node:net';

/** True for `localhost`, 127.0.0.0/8, ::1 and IPv4-mapped loopback; brackets around IPv6 are allowed. */
export function isLoopbackHost(host: string): boolean {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h === 'localhost') return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  if (net.isIPv6(h)) {
    // The URL parser canonicalises every spelling: '::1', or '::ffff:7f00:1' for ::ffff:127.0.0.1.
    const canon = new URL(`http://[${h}]/`).hostname.slice(1, -1);
    if (canon === '::1') return true;
    const mapped = /^::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}$/.exec(canon);
    return mapped?.[1] !== undefined && parseInt(mapped[1], 16) >> 8 === 127;
  }
  return false;
}

/**
 * Validate TCB_CONTEXT_CNFG before handing it to the SDK: on malformed JSON the SDK silently talks to the
 * real CloudBase host. Returns the parsed URL.
 */
export function assertLoopbackTarget(tcbContextCnfg: string): URL {
  let parsed: unknown;
  try {
    parsed = JSON.parse(tcbContextCnfg);
  } catch {
    throw new Error(
      `TCB_CONTEXT_CNFG is not valid JSON (${JSON.stringify(tcbContextCnfg).slice(0, 80)}); ` +
        'wx-server-sdk would silently fall back to the real cloud, refusing to start',
    );
  }
  const raw = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)['URL'] : undefined;
  if (typeof raw !== 'string' || raw === '') {
    throw new Error('TCB_CONTEXT_CNFG must be a JSON object with a string "URL" (the local cloud /admin endpoint)');
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`TCB_CONTEXT_CNFG.URL is not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`TCB_CONTEXT_CNFG.URL must be http(s), got ${url.protocol} (${raw})`);
  }
  if (!isLoopbackHost(url.hostname)) {
    throw new Error(`TCB_CONTEXT_CNFG.URL must point at this machine (127.0.0.0/8, ::1 or localhost), got host ${url.hostname}`);
  }
  return url;
}

export class EgressBlockedError extends Error {
  readonly code = 'EGRESS_BLOCKED';
  constructor(target: string) {
    super(`local cloud blocks egress: connection to ${target} refused (only loopback is allowed)`);
  }
}

let blocked = false;

/**
 * Make every non-loopback TCP connect, DNS lookup and UDP send fail at once. Call inside a function worker
 * before loading function code: it patches this thread's `net`/`dns`/`dgram` (http, https, tls and fetch
 * all connect through `net.Socket.prototype.connect`).
 */
export function blockEgress(): void {
  if (blocked) return;
  blocked = true;
  patchNetConnect();
  patchDnsLookup();
  patchDnsResolvers();
  patchDgram();
}

type AnyFn = (...args: unknown[]) => unknown;

function patchNetConnect(): void {
  const original = net.Socket.prototype.connect as unknown as AnyFn;
  const patched = function (this: net.Socket, ...args: unknown[]): unknown {
    const target = connectTarget(args);
    if (target !== undefined && !isLoopbackHost(target.host)) {
      const err = new EgressBlockedError(`${target.host}:${target.port}`);
      process.nextTick(() => this.destroy(err));
      return this;
    }
    guardCustomLookup(args);
    return original.apply(this, args);
  };
  (net.Socket.prototype as unknown as { connect: AnyFn }).connect = patched;
}

/**
 * A caller-supplied `lookup` decides the address actually dialled ("localhost" could resolve anywhere):
 * wrap it so that every address it answers must be loopback too.
 */
function guardCustomLookup(args: unknown[]): void {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const o = first as { lookup?: unknown } | null;
  if (!o || typeof o !== 'object' || typeof o.lookup !== 'function') return;
  const lookup = o.lookup as AnyFn;
  o.lookup = (hostname: unknown, options: unknown, callback: AnyFn) =>
    lookup(hostname, options, (err: unknown, address: unknown, family: unknown) => {
      const all = Array.isArray(address) ? address.map((a: { address: string }) => a.address) : [address];
      const bad = all.find((a) => typeof a !== 'string' || !isLoopbackHost(a));
      if (!err && bad !== undefined) return callback(new EgressBlockedError(`${String(hostname)} → ${String(bad)}`));
      return callback(err, address, family);
    });
}

/** Host/port of a `connect` call, or undefined for IPC paths (local by definition). */
function connectTarget(args: unknown[]): { host: string; port: string } | undefined {
  let first = args[0];
  if (Array.isArray(first)) first = first[0]; // net.connect() passes normalized [options, cb]
  if (typeof first === 'object' && first !== null) {
    const o = first as { path?: unknown; host?: unknown; port?: unknown };
    if (typeof o.path === 'string') return undefined;
    return { host: typeof o.host === 'string' ? o.host : 'localhost', port: String(o.port) };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return undefined; // IPC path
  const host = typeof args[1] === 'string' ? args[1] : 'localhost';
  return { host, port: String(first) };
}

/** A lookup that would ask a DNS server. IP literals (e.g. 0.0.0.0 when binding) resolve locally. */
function remoteName(hostname: unknown): hostname is string {
  return typeof hostname === 'string' && net.isIP(hostname) === 0 && !isLoopbackHost(hostname);
}

function patchDnsLookup(): void {
  const original = dns.lookup as unknown as AnyFn;
  const patched = function (hostname: unknown, ...rest: unknown[]): unknown {
    if (remoteName(hostname)) {
      const cb = rest[rest.length - 1];
      const err = new EgressBlockedError(`${hostname} (dns lookup)`);
      if (typeof cb === 'function') process.nextTick(() => (cb as AnyFn)(err));
      else throw err;
      return undefined;
    }
    return original.call(dns, hostname, ...rest);
  };
  (dns as unknown as { lookup: AnyFn }).lookup = patched;
  const promises = dns.promises as unknown as { lookup: AnyFn };
  const originalP = promises.lookup;
  promises.lookup = function (hostname: unknown, ...rest: unknown[]): unknown {
    if (remoteName(hostname)) {
      return Promise.reject(new EgressBlockedError(`${hostname} (dns lookup)`));
    }
    return originalP.call(dns.promises, hostname, ...rest);
  };
}

/** dns.resolve*() and reverse() query DNS servers from C++ (c-ares), bypassing dgram: deny them all. */
function patchDnsResolvers(): void {
  const deny = (name: string) =>
    function (...args: unknown[]): unknown {
      const err = new EgressBlockedError(`DNS server (dns.${name})`);
      const cb = args[args.length - 1];
      if (typeof cb !== 'function') return Promise.reject(err);
      process.nextTick(() => (cb as AnyFn)(err));
      return undefined;
    };
  const targets = [dns, dns.promises, dns.Resolver.prototype, dns.promises.Resolver.prototype] as unknown as Array<Record<string, unknown>>;
  for (const target of targets) {
    for (const key of Object.getOwnPropertyNames(target)) {
      if (/^(resolve|reverse)/.test(key) && typeof target[key] === 'function') target[key] = deny(key);
    }
  }
}

function patchDgram(): void {
  const proto = dgram.Socket.prototype as unknown as { send: AnyFn; connect: AnyFn };
  const originalSend = proto.send;
  const originalConnect = proto.connect;
  const hostArg = (args: unknown[]): string | undefined => args.find((a) => typeof a === 'string') as string | undefined;
  proto.send = function (this: dgram.Socket, ...args: unknown[]): unknown {
    const host = hostArg(args.slice(1));
    if (host !== undefined && !isLoopbackHost(host)) throw new EgressBlockedError(`${host} (udp)`);
    return originalSend.apply(this, args);
  };
  proto.connect = function (this: dgram.Socket, ...args: unknown[]): unknown {
    const host = hostArg(args);
    if (host !== undefined && !isLoopbackHost(host)) throw new EgressBlockedError(`${host} (udp)`);
    return originalConnect.apply(this, args);
  };
}
