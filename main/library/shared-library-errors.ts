// What went wrong reaching a shared library, in words an editor can act on. The
// codes are node-postgres's (Node socket errors) and PostgreSQL's SQLSTATEs.
import { ApiError } from '../../core/api/api-error';
import { bilingual } from '../../core/api/bilingual';
import { describeSharedLocation, type SharedLocation } from './library-location';
import { isConnectionLoss, reportConnectionLoss } from '../store/postgres/connection-loss';

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
  // The network's failures are named where the connections are made, in one place (connection-loss.ts).
  if (isConnectionLoss(error)) return reportConnectionLoss(error) as ApiError;
  if (/does not support SSL|SSL/i.test(message)) {
    return new ApiError('unreachable', bilingual(`与共享文库的加密连接（TLS）设置不符（${where}）：${message}`, `The TLS setting does not match the shared library server (${where}): ${message}`));
  }
  return new ApiError('failed', bilingual(`共享文库出错（${where}）：${message}`, `The shared library failed (${where}): ${message}`));
}
