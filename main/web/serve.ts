// `npm run web`: the whole app in a browser, for machines without an Electron
// binary. Prints the URL (with its per-run token) to open.
import { resolve } from 'node:path';
import { closeOnSignals } from '../app/close-on-signals';
import { resolveDataDir } from '../app/data-dir';
import { parseServeArguments, SERVE_USAGE } from './serve-arguments';
import { RefusedBindError, startWebHarness } from './start-web-harness';
import { redact } from '../library/library-location';

const DEFAULT_PORT = 5183;

async function main(): Promise<void> {
  const parsed = parseServeArguments(process.argv.slice(2));
  if (parsed.kind === 'help') {
    console.log(SERVE_USAGE);
    return;
  }
  if (parsed.kind === 'usage-error') {
    console.error(`${parsed.message}\n\n${SERVE_USAGE}`);
    process.exitCode = 2;
    return;
  }
  const dataDir = parsed.data !== undefined ? resolve(parsed.data) : resolveDataDir([]);
  const host = parsed.host ?? process.env.QINGGAO_HOST ?? '127.0.0.1';
  const requestedPort = parsed.port ?? (process.env.QINGGAO_PORT === undefined ? undefined : Number(process.env.QINGGAO_PORT));
  const databaseUrl = parsed.db ?? (process.env.QINGGAO_DB || undefined);
  let harness;
  try {
    harness = await startWebHarness({ dataDir, databaseUrl, host, port: requestedPort ?? DEFAULT_PORT });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE' && requestedPort === undefined) {
      harness = await startWebHarness({ dataDir, databaseUrl, host, port: 0 });
    } else {
      console.error(error instanceof RefusedBindError ? error.message : `无法启动 / cannot start: ${(error as Error).message}`);
      process.exit(2);
    }
  }
  console.log(`清稿 Qinggao (web) — data: ${dataDir}${databaseUrl ? `, library: ${redact(databaseUrl)}` : ''}`);
  console.log(`Open: ${harness.url}`);
  closeOnSignals(() => harness.close(), { exitCode: 0 });
}

void main();
