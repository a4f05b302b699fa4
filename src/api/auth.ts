// API keys and accounts (issue 11). When the store holds any key (or the server was started with
// `requireKeys`, as on a non-loopback address), every /api/v1 call except the public ones needs
// `Authorization: Bearer <key>` or `X-Api-Key: <key>` and then sees only that key's account.
// Without keys, on loopback, calls use the default account (`--account`). A key that is sent is
// always checked: a wrong key is a 401 even when no key is required.
import { isIP } from 'node:net';
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { FactStore } from '../store/types.js';
import { sendError } from './errors.js';
import { API_MESSAGES } from './messages.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The account the request acts for (set by the auth hook on /api/v1 routes). */
    account: string;
  }
  interface FastifyContextConfig {
    /** A route anyone may call, with or without a key (health, the OpenAPI document). */
    public?: boolean;
  }
}

export interface AuthOptions {
  readonly store: FactStore;
  readonly defaultAccount: string;
  /** Require a key even when the store holds none (every call is then refused). */
  readonly requireKeys: boolean;
}

/** Whether calls must carry a key now: asked per request, so a key created while serving counts at once. */
export async function keysRequired(options: AuthOptions): Promise<boolean> {
  return options.requireKeys || (await options.store.hasApiKeys());
}

/** The API key a request carries (Bearer token first, then X-Api-Key), or null. */
export function presentedKey(request: FastifyRequest): string | null {
  const authorization = request.headers.authorization;
  if (typeof authorization === 'string') {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
    if (match?.[1]) return match[1];
  }
  const header = request.headers['x-api-key'];
  const value = Array.isArray(header) ? header[0] : header;
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function unauthorized(reply: FastifyReply, messageCode: string): FastifyReply {
  reply.header('www-authenticate', 'Bearer realm="clearway"');
  return sendError(reply, 401, 'UNAUTHORIZED', messageCode);
}

/** The onRequest hook of the /api/v1 scope: resolves `request.account` or answers 401. */
export function authHook(options: AuthOptions): onRequestAsyncHookHandler {
  return async function authenticate(request, reply) {
    if (request.routeOptions.config.public) return;
    const key = presentedKey(request);
    if (key !== null) {
      const account = await options.store.accountForApiKey(key);
      if (!account) return unauthorized(reply, API_MESSAGES.API_KEY_INVALID);
      request.account = account.name;
      return;
    }
    if (await keysRequired(options)) return unauthorized(reply, API_MESSAGES.API_KEY_REQUIRED);
    request.account = options.defaultAccount;
  };
}

/** True for an address only this machine can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  const mapped = h.startsWith('::ffff:') ? h.slice('::ffff:'.length) : h;
  if (isIP(mapped) === 4) return mapped.startsWith('127.');
  if (isIP(h) === 6) return /^(0{0,4}:){7}0{0,3}1$|^::1$/.test(h);
  return false;
}
