// What went wrong reaching a shared library, in words an editor can act on. The
// codes are node-postgres's (Node socket errors) and PostgreSQL's SQLSTATEs.
import { ApiError } from '../../core/api/api-error';
import { bilingual } from '../../core/api/bilingual';
import { describeSharedLocation, type SharedLocation } from './library-location';

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN']);

export function sharedLibraryError(error: unknown, location: SharedLocation): ApiError {
  if (error instanceof ApiError) return error;
  const where = describeSharedLocation(location);
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === '28P01' || code === '28000') {
    return new ApiError('unauthorized', bilingual(`共享文库拒绝登录（${where}）：用户名或密码不对。`, `The shared library refused the login (${where}): wrong user name or password.`));
  }
  if (code === '3D000') {
    return new ApiError('not_found', bilingual(`服务器上没有这个数据库：${location.database}（${where}）。请让管理员先建好数据库。`, `The server has no database ${location.database} (${where}); ask the administrator to create it.`));
  }
  if ((typeof code === 'string' && UNREACHABLE.has(code)) || /timeout|terminated unexpectedly|Connection terminated/i.test(message)) {
    return new ApiError('failed', bilingual(`连不上共享文库服务器（${where}）：${message}。请检查网络、服务器地址和端口。`, `Cannot reach the shared library server (${where}): ${message}. Check the network, host and port.`));
  }
  if (/does not support SSL|SSL/i.test(message)) {
    return new ApiError('failed', bilingual(`与共享文库的加密连接（TLS）设置不符（${where}）：${message}`, `The TLS setting does not match the shared library server (${where}): ${message}`));
  }
  return new ApiError('failed', bilingual(`共享文库出错（${where}）：${message}`, `The shared library failed (${where}): ${message}`));
}
