import { isIP } from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import type { FastifyInstance } from 'fastify';
import { ApiHttpError } from '../errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Answer whatever the Host: for probes only (health.ts), which reveal nothing. */
    anyHost?: boolean;
  }
}

/** Which Host and Origin headers name this Rampdesk (PUBLIC_ORIGIN, else the listening address). */
export interface OriginPolicy {
  /** `host[:port]` as Fastify reads it (X-Forwarded-Host only from a TRUST_PROXY address). */
  allowsHost(host: string | undefined): boolean;
  /** An Origin header: scheme, host and port must all match one of the origins. */
  allowsOrigin(origin: string): boolean;
}

const literal = (address: string) => (isIP(address) === 6 ? `[${address}]` : address);
const isLoopback = (address: string) => /^(?:127\.|::1$|::ffff:127\.)/.test(address);

/**
 * The default when PUBLIC_ORIGIN is unset: the names the listening address answers to. Loopback
 * adds `localhost` (agents type either); all interfaces (0.0.0.0, ::) means loopback plus every
 * address of this machine. IP literals are safe to accept: DNS rebinding needs a name. Not
 * listening (app.inject) is loopback on port 80, which is what inject sends.
 */
export function listeningOrigins(address: AddressInfo | null): string[] {
  const port = address?.port ?? 80;
  let hosts: string[];
  if (!address) hosts = ['localhost', '127.0.0.1'];
  else if (address.address === '0.0.0.0' || address.address === '::') {
    const local = Object.values(os.networkInterfaces()).flatMap((list) => list ?? []);
    hosts = ['localhost', ...local.map((info) => info.address.split('%', 1)[0]!)];
  } else if (isLoopback(address.address)) hosts = ['localhost', address.address];
  else hosts = [address.address];
  return hosts.map((host) => new URL(`http://${literal(host)}:${port}`).origin);
}

/** An origin's Host values: with and without its scheme's default port. */
function hostsOf(origin: string): string[] {
  const url = new URL(origin);
  if (url.port) return [url.host];
  return [url.host, `${url.hostname}:${url.protocol === 'https:' ? 443 : 80}`];
}

function normalizedOrigin(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

export function originPolicy(app: FastifyInstance, configured: readonly string[] | undefined): OriginPolicy {
  let cached: { origins: Set<string>; hosts: Set<string> } | null = null;
  const current = () => {
    if (cached) return cached;
    const address = app.server.address();
    const listening = address !== null && typeof address === 'object' ? address : null;
    const origins = new Set(configured ?? listeningOrigins(listening));
    const sets = { origins, hosts: new Set([...origins].flatMap(hostsOf)) };
    // Fixed once listening (or when configured); until then only app.inject asks.
    if (configured || listening) cached = sets;
    return sets;
  };
  return {
    allowsHost: (host) => host !== undefined && current().hosts.has(host.toLowerCase()),
    allowsOrigin: (origin) => {
      const normalized = normalizedOrigin(origin);
      return normalized !== null && current().origins.has(normalized);
    },
  };
}

/**
 * SECURITY C1 against DNS rebinding: a page on an attacker's name that resolves to this machine
 * is same-origin with itself, so CSRF headers do not stop it; its requests carry its own name as
 * Host, which is refused here, first after the security headers, on every route but the probes.
 */
export function registerHostGuard(app: FastifyInstance, policy: OriginPolicy) {
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config?.anyHost === true) return;
    if (policy.allowsHost(request.host)) return;
    throw new ApiHttpError(
      421,
      'HOST_NOT_ALLOWED',
      'Rampdesk does not answer at this address. Open it at the address your team uses; an operator can add this one to PUBLIC_ORIGIN.',
      { detail: { host: String(request.host).slice(0, 100) } },
    );
  });
}
