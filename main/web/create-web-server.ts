// The loopback HTTP transport: serves the built renderer and the same API
// handlers that Electron serves over IPC. Every request must carry the per-run
// token (query on first load → HttpOnly cookie; API calls also send it as a
// header, which a cross-origin page cannot set without a preflight we refuse).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Dispatch } from '../api/dispatch';
import { isOwnHostHeader } from './loopback';
import { readStaticFile } from './static-files';

export const TOKEN_HEADER = 'x-qinggao-token';
const TOKEN_COOKIE = 'qinggao_token';
/** Pages of 50 MB arrive base64-encoded, so leave room. */
const MAX_BODY_BYTES = 160 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export interface WebServerOptions {
  dispatch: Dispatch;
  staticDir: string;
  token: string;
}

function sameToken(candidate: string | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(request: IncomingMessage): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return value.join('=');
  }
  return undefined;
}

function send(response: ServerResponse, status: number, body: string | Buffer, contentType = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    ...extra,
  });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function createWebServer({ dispatch, staticDir, token }: WebServerOptions): Server {
  const server = createServer(async (request, response) => {
    const port = (server.address() as { port: number } | null)?.port ?? 0;
    if (!isOwnHostHeader(request.headers.host, port)) return send(response, 403, 'Forbidden host');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'Method not allowed');
      const header = request.headers[TOKEN_HEADER];
      if (!sameToken(Array.isArray(header) ? header[0] : header, token)) return send(response, 401, 'Unauthorized');
      let payload: unknown;
      try {
        const body = await readBody(request);
        payload = body ? JSON.parse(body) : {};
      } catch (error) {
        return send(response, 400, JSON.stringify({ ok: false, error: { code: 'invalid', message: (error as Error).message } }), 'application/json; charset=utf-8');
      }
      const result = await dispatch(decodeURIComponent(url.pathname.slice('/api/'.length)), payload);
      return send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8');
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed');
    const queryToken = url.searchParams.get('token') ?? undefined;
    const viaQuery = sameToken(queryToken, token);
    if (!viaQuery && !sameToken(cookieToken(request), token)) return send(response, 401, 'Unauthorized: open the URL printed by `npm run web` (it carries the token).');
    const file = readStaticFile(staticDir, url.pathname);
    if (!file) return send(response, 404, 'Not found');
    const extra: Record<string, string> = viaQuery ? { 'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` } : {};
    return send(response, 200, file.body, file.contentType, extra);
  });
  return server;
}
