// Where a library lives: this computer's SQLite file (the default), or a shared
// PostgreSQL server named by a postgres:// URL (the 文库位置 dialog, `--db`,
// QINGGAO_DB). The password never travels in what is shown or stored: a URL is
// described without it, and a password given apart (the desktop app's
// safeStorage, PGPASSWORD for the CLI and web harness) is added only to connect.
import { bilingual } from '../../core/api/bilingual';

export interface SharedLocation {
  host: string;
  port: number;
  database: string;
  user: string;
  /** Given apart from the URL (never written to settings in plain text). */
  password?: string;
  tls: boolean;
}

/** Reads a postgres:// (or postgresql://) URL; throws a bilingual message when it is not one. */
export function parseSharedLocation(url: string, env: NodeJS.ProcessEnv = {}): SharedLocation {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(bilingual(`共享文库地址无效：${redact(url)}（应为 postgres://用户@服务器:端口/数据库）`, `Not a shared library address: ${redact(url)} (expected postgres://user@host:port/database)`));
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(bilingual(`共享文库地址须以 postgres:// 开头：${redact(url)}`, `A shared library address starts with postgres://: ${redact(url)}`));
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!parsed.hostname || !database) {
    throw new Error(bilingual(`共享文库地址缺少服务器或数据库名：${redact(url)}`, `The shared library address lacks a host or database name: ${redact(url)}`));
  }
  const sslmode = parsed.searchParams.get('sslmode');
  const password = parsed.password ? decodeURIComponent(parsed.password) : (env.QINGGAO_DB_PASSWORD ?? env.PGPASSWORD);
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : 5432,
    database,
    user: decodeURIComponent(parsed.username) || env.PGUSER || 'qinggao',
    ...(password ? { password } : {}),
    tls: sslmode !== null && sslmode !== 'disable',
  };
}

/** The location as shown to people and kept in settings: no password. */
export function describeSharedLocation(location: SharedLocation): string {
  const host = location.host.includes(':') ? `[${location.host}]` : location.host;
  return `postgres://${encodeURIComponent(location.user)}@${host}:${location.port}/${encodeURIComponent(location.database)}${location.tls ? '?sslmode=require' : ''}`;
}

/** A URL with its password (if any) blanked, for messages. */
export function redact(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}
