// Asks a web server whether an address answers: HEAD (GET when HEAD is not allowed), no redirects
// followed (a redirect is an answer), the body never read. Node's http/https modules (the cloud's
// Node 16 has no fetch). Never an address inside a network (loopback, private, link-local where cloud
// metadata lives, carrier NAT, multicast, reserved), whether written as such or a name resolving to one:
// published text must not make the function probe the machines around it. LINK_CHECK_ALLOWED_HOSTS
// (comma-separated host names) lets named hosts through anyway (the local cloud's tests).
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

const INSIDE = new net.BlockList();
for (const [net4, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]] as const) {
  INSIDE.addSubnet(net4, bits, 'ipv4');
}
for (const [net6, bits] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) INSIDE.addSubnet(net6, bits, 'ipv6');

/** Whether an IP address is inside a network rather than on the public internet. */
export function isInsideAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return INSIDE.check(mapped, 'ipv4');
  const family = net.isIP(address);
  return family === 4 ? INSIDE.check(address, 'ipv4') : family === 6 ? INSIDE.check(address, 'ipv6') : false;
}

const INSIDE_ERROR = 'PRIVATE_ADDRESS';

/** dns.lookup, refusing names that resolve inside a network (any of their addresses). */
const guardedLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, options, (error, address, family) => {
    const addresses = Array.isArray(address) ? (address as dns.LookupAddress[]).map((a) => a.address) : [address];
    if (!error && addresses.some(isInsideAddress)) {
      callback(Object.assign(new Error(INSIDE_ERROR), { code: INSIDE_ERROR }), address, family);
      return;
    }
    callback(error, address, family);
  });
};

const allowedHosts = (): Set<string> => new Set((process.env.LINK_CHECK_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean));

export interface HttpAnswer {
  status: number | null;
  error: string | null;
}

function ask(url: URL, method: 'HEAD' | 'GET', timeoutMs: number, lookup: net.LookupFunction | undefined): Promise<HttpAnswer> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.request(url, { method, timeout: timeoutMs, lookup, headers: { 'user-agent': 'transport-disclosure-link-check/1.0', accept: '*/*' } }, (response) => {
      response.destroy();
      resolve({ status: response.statusCode ?? null, error: null });
    });
    request.on('timeout', () => request.destroy(new Error('超时')));
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ status: null, error: error.code ?? error.message }));
    request.end();
  });
}

export async function httpStatus(address: string, timeoutMs: number): Promise<HttpAnswer> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { status: null, error: 'INVALID_URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { status: null, error: 'INVALID_URL' };
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const allowed = allowedHosts().has(host);
  if (!allowed && isInsideAddress(host)) return { status: null, error: INSIDE_ERROR };
  const lookup = allowed ? undefined : guardedLookup;
  const head = await ask(url, 'HEAD', timeoutMs, lookup);
  return head.status === 405 || head.status === 501 ? ask(url, 'GET', timeoutMs, lookup) : head;
}

/** Whether an answer means the page is there: any answer below 400, and 401/403/429 (the server is up and refuses robots). */
export const isAnswer = (a: HttpAnswer): boolean => a.status !== null && (a.status < 400 || a.status === 401 || a.status === 403 || a.status === 429);
