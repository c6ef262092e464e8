// Run as a child process by the harness tests and `npm run fuzz`: the real web
// harness over a given data folder and renderer folder, on loopback, a free
// port. Prints one JSON line with its port and token, then serves until killed.
import { startWebHarness } from '../web/start-web-harness';

const [dataDir, staticDir] = process.argv.slice(2);
const harness = await startWebHarness({ dataDir, staticDir, port: 0 });
process.stdout.write(`${JSON.stringify({ port: harness.port, token: harness.token })}\n`);
process.on('SIGTERM', () => void harness.close().then(() => process.exit(0)));
