// A shared library's connection can go away under it: the server restarted, an
// administrator ended sessions, the network dropped. What can be retried safely
// is retried (a statement the server never ran); the rest is reported as the
// server being unreachable, in words an editor can act on, never as a raw
// driver error — and never as success.
import { ApiError } from '../../../core/api/api-error';
import { bilingual } from '../../../core/api/bilingual';

/** SQLSTATEs of a session the server ended before running the statement (admin_shutdown, crash_shutdown, cannot_connect_now). */
const ENDED_BEFORE_RUNNING = new Set(['57P01', '57P02', '57P03']);
const CONNECTION_CLASS = /^08/;
const SOCKET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The server ended the session before it ran this statement: sending it again on a new connection is safe. */
export function endedBeforeRunning(error: unknown): boolean {
  const code = codeOf(error);
  return (code !== undefined && ENDED_BEFORE_RUNNING.has(code)) || /not queryable|Client was closed/i.test(error instanceof Error ? error.message : '');
}

export function isConnectionLoss(error: unknown): boolean {
  const code = codeOf(error);
  if (code !== undefined && (ENDED_BEFORE_RUNNING.has(code) || CONNECTION_CLASS.test(code) || SOCKET_CODES.has(code))) return true;
  return /Connection terminated|connection error|not queryable|Client was closed|timeout exceeded when trying to connect/i.test(error instanceof Error ? error.message : '');
}

/** Could not connect at all (nothing was sent): the server is down, or the address or port is wrong. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** A lost connection as the editor reads it; anything else unchanged. */
export function reportConnectionLoss(error: unknown): unknown {
  if (!isConnectionLoss(error) || error instanceof ApiError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const code = codeOf(error);
  if ((code !== undefined && NOT_CONNECTED.has(code)) || /timeout exceeded when trying to connect/i.test(detail)) {
    return new ApiError('unreachable', bilingual(`连不上共享文库服务器（${detail}）。请检查网络、服务器地址和端口。`, `Cannot reach the shared library server (${detail}). Check the network, host and port.`));
  }
  return new ApiError(
    'unreachable',
    bilingual(
      `与共享文库服务器的连接断开了（${detail}），这次操作未能确认完成，请稍后重试（若提示冲突，说明已经保存）。`,
      `The connection to the shared library server was lost (${detail}); this could not be confirmed as done. Try again in a moment (a conflict then means it was saved).`,
    ),
  );
}
