// `npm run web`: the whole app in a browser, for machines without an Electron
// binary. Prints the URL (with its per-run token) to open.
import { closeOnSignals } from '../app/close-on-signals';
import { readFlag, resolveDataDir } from '../app/data-dir';
import { RefusedBindError, startWebHarness } from './start-web-harness';

const DEFAULT_PORT = 5183;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv);
  const host = readFlag(argv, '--host') ?? process.env.QINGGAO_HOST ?? '127.0.0.1';
  const requestedPort = readFlag(argv, '--port') ?? process.env.QINGGAO_PORT;
  let harness;
  try {
    harness = await startWebHarness({ dataDir, host, port: requestedPort === undefined ? DEFAULT_PORT : Number(requestedPort) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE' && requestedPort === undefined) {
      harness = await startWebHarness({ dataDir, host, port: 0 });
    } else {
      console.error(error instanceof RefusedBindError ? error.message : `无法启动 / cannot start: ${(error as Error).message}`);
      process.exit(2);
    }
  }
  console.log(`清稿 Qinggao (web) — data: ${dataDir}`);
  console.log(`Open: ${harness.url}`);
  closeOnSignals(() => harness.close(), { exitCode: 0 });
}

void main();
