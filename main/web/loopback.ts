// The harness exposes the whole library to whoever can reach it, so it only
// ever binds to loopback. Anything else is refused, not warned about.
import { isIP } from 'node:net';

export function isLoopbackAddress(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || bare === '0:0:0:0:0:0:0:1';
  return false;
}

/** The Host header names our own loopback origin (defends against DNS rebinding). */
export function isOwnHostHeader(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader);
  if (!match) return false;
  return isLoopbackAddress(match[1]) && Number(match[2] ?? 80) === port;
}
