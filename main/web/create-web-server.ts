// The loopback HTTP transport: serves the built renderer and the same API
// handlers that Electron serves over IPC. Every request must carry the per-run
// token (query on first load → HttpOnly cookie; API calls also send it as a
// header, which a cross-origin page cannot set without a preflight we refuse).
// No request, however malformed, may end the process that holds the library:
// every failure becomes an answer (400/413/500), never an exception.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import type { ApiErrorCode } from '../../core/api/api-error';
import { bilingual } from '../../core/api/bilingual';
import type { Dispatch } from '../api/dispatch';
import { isOwnHostHeader } from './loopback';
import { oneAtATime, QueueFullError } from './one-at-a-time';
import { BodyTooLargeError, readBody } from './read-body';
import { bodyLimitOf, LARGE_BODY_CHANNELS, megabytes } from './request-body-limits';
import { readStaticFile } from './static-files';

export const TOKEN_HEADER = 'x-qinggao-token';
const TOKEN_COOKIE = 'qinggao_token';
/** Imports waiting for the one before them; more than this and the client is told to retry. */
const MAX_WAITING_LARGE_BODIES = 8;
export const IMPORT_QUEUE_FULL_MESSAGE = bilingual('另一个导入正在进行，请稍后再试。', 'Another import is under way; try again shortly.');
/** How much of a refused body is read and dropped so the client can read the refusal. */
const MAX_DISCARDED_BYTES = 256 * 1024 * 1024;

/**
 * Both transports' policy (app:// serves the same). `worker-src 'self'`: pdf.js draws the printed
 * page in a worker that is a file of the app (never a blob: or another origin); pdf.js runs with
 * `isEvalSupported: false`, so there is no 'unsafe-eval'. renderer/index.html repeats it as a meta tag.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

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
  if (response.headersSent || response.destroyed) return;
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

/** An API failure in the envelope the client unwraps, so the editor reads the message. */
function sendFailure(response: ServerResponse, status: number, code: ApiErrorCode, message: string, extra: Record<string, string> = {}): void {
  send(response, status, JSON.stringify({ ok: false, error: { code, message } }), 'application/json; charset=utf-8', extra);
}

/**
 * Answers at once, then reads the rest of the body only to throw it away (a
 * client still sending would otherwise never see the answer); past a point the
 * connection is dropped instead.
 */
function refuseBody(request: IncomingMessage, response: ServerResponse, status: number, message: string, code: ApiErrorCode = 'invalid'): void {
  sendFailure(response, status, code, message);
  let discarded = 0;
  request.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > MAX_DISCARDED_BYTES) request.destroy();
  });
  request.resume();
}

function channelOf(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return null;
  }
}

/** The browser asks for /favicon.ico on its own; the renderer ships an SVG one. */
function staticPath(pathname: string): string {
  return pathname === '/favicon.ico' ? '/favicon.svg' : pathname;
}

export function createWebServer({ dispatch, staticDir, token }: WebServerOptions): Server {
  const largeBodyTurn = oneAtATime(MAX_WAITING_LARGE_BODIES);

  async function answerApi(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    const limit = bodyLimitOf(channel);
    let body: Buffer;
    try {
      body = await readBody(request, limit);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return refuseBody(request, response, 413, bilingual(`请求过大：${channel} 最多接受 ${megabytes(limit)}`, `Request too large: ${channel} accepts at most ${megabytes(limit)}`));
      }
      // The client went away mid-body: nobody is left to answer.
      request.destroy();
      return;
    }
    let payload: unknown;
    try {
      payload = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return sendFailure(response, 400, 'invalid', bilingual('请求内容不是有效的 JSON', 'The request body is not valid JSON'));
    }
    const result = await dispatch(channel, payload);
    send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8');
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const port = (server.address() as { port: number } | null)?.port ?? 0;
    if (!isOwnHostHeader(request.headers.host, port)) return send(response, 403, 'Forbidden host');
    const url = URL.parse(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url) return refuseBody(request, response, 400, bilingual('请求地址无效', 'Malformed request path'));

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'Method not allowed');
      const header = request.headers[TOKEN_HEADER];
      if (!sameToken(Array.isArray(header) ? header[0] : header, token)) return send(response, 401, 'Unauthorized', undefined, { Connection: 'close' });
      const channel = channelOf(url.pathname);
      if (channel === null) return refuseBody(request, response, 400, bilingual('请求地址无效', 'Malformed request path'));
      if (!LARGE_BODY_CHANNELS.has(channel)) return answerApi(request, response, channel);
      try {
        return await largeBodyTurn(() => answerApi(request, response, channel));
      } catch (error) {
        if (!(error instanceof QueueFullError)) throw error;
        return refuseBody(request, response, 503, IMPORT_QUEUE_FULL_MESSAGE, 'busy');
      }
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed');
    const queryToken = url.searchParams.get('token') ?? undefined;
    const viaQuery = sameToken(queryToken, token);
    if (!viaQuery && !sameToken(cookieToken(request), token)) return send(response, 401, 'Unauthorized: open the URL printed by `npm run web` (it carries the token).');
    const file = readStaticFile(staticDir, staticPath(url.pathname));
    if (!file) return send(response, 404, 'Not found');
    const extra: Record<string, string> = viaQuery ? { 'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` } : {};
    return send(response, 200, file.body, file.contentType, extra);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('web harness: request failed', error);
      sendFailure(response, 500, 'failed', bilingual('服务器内部错误，请求未完成', 'Internal server error: the request was not completed'), { Connection: 'close' });
    });
  });
  // Requests Node cannot even parse (bad Content-Length, broken headers) and sockets that fail mid-way.
  server.on('clientError', (_error: Error, socket: Socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  return server;
}
