// What `node dist/web/serve.mjs` (npm run web) accepts. Anything it does not
// know stops it before it opens a library: a mistyped flag must never start a
// server on the default data folder.
import { parseArgs } from 'node:util';
import { bilingual } from '../../core/api/bilingual';

export const SERVE_USAGE = [
  bilingual('用法', 'Usage') + ': node dist/web/serve.mjs [--data DIR] [--db postgres://…] [--host 127.0.0.1] [--port 5183]',
  '  (npm run web -- [--data DIR] [--db …] [--host …] [--port …])',
  '',
  '  --data DIR    ' + bilingual('稿件库所在文件夹（默认：本机用户数据文件夹，或 QINGGAO_DATA）', 'library folder (default: the per-user data folder, or QINGGAO_DATA)'),
  '  --db URL      ' + bilingual('共享文库 postgres://用户@服务器:端口/数据库（或 QINGGAO_DB；密码用 PGPASSWORD）', 'shared library postgres://user@host:port/database (or QINGGAO_DB; password from PGPASSWORD)'),
  '  --host HOST   ' + bilingual('只接受本机回环地址（默认 127.0.0.1，或 QINGGAO_HOST）', 'loopback addresses only (default 127.0.0.1, or QINGGAO_HOST)'),
  '  --port PORT   ' + bilingual('端口，0 为任选空闲端口（默认 5183，或 QINGGAO_PORT）', 'port, 0 picks a free one (default 5183, or QINGGAO_PORT)'),
  '  -h, --help    ' + bilingual('显示本说明', 'show this help'),
].join('\n');

export type ServeArguments =
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string }
  | { kind: 'run'; data?: string; db?: string; host?: string; port?: number };

export function parseServeArguments(argv: readonly string[]): ServeArguments {
  let values: { data?: string; db?: string; host?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { data: { type: 'string' }, db: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    return { kind: 'usage-error', message: bilingual('无法识别的参数', 'Unrecognized arguments') + `: ${(error as Error).message}` };
  }
  if (values.help) return { kind: 'help' };
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d{1,5}$/.test(values.port) || port > 65_535) return { kind: 'usage-error', message: bilingual(`端口无效：${values.port}`, `Invalid port: ${values.port}`) };
  }
  return { kind: 'run', data: values.data, db: values.db, host: values.host, port };
}
