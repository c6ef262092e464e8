// A throwaway PostgreSQL server for the tests (issue #11), made with Debian's own
// server binaries in a fresh temp folder:
//
//   node scripts/pg-test-cluster.mjs start   # prints postgres://qinggao:qinggao@127.0.0.1:PORT/qinggao
//   node scripts/pg-test-cluster.mjs env     # prints export QINGGAO_TEST_PG_URL=…
//   node scripts/pg-test-cluster.mjs stop    # stops it and removes the folder (idempotent)
//
// `start --locale C.UTF-8` makes a cluster whose databases sort and classify by a
// UTF-8 locale, as an office server's do (`--icu-locale zh-CN`: Chinese collation
// from ICU, with LC_CTYPE C.UTF-8); the default is C, so that no test depends on
// the machine's locale.
//
// The state (folder, port, pid, URL) lives in QINGGAO_PG_STATE or
// <tmpdir>/qinggao-pg-test.json. scripts/run-tests.mjs imports startCluster /
// stopCluster with a state file of its own per run (named with its pid), so a
// developer's cluster is never stopped by `npm test`, and sweepAbandonedClusters
// stops the clusters of runs that were killed before they could stop theirs.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const MISSING_BINARIES = 'PostgreSQL server binaries not found: apt-get install -y postgresql';
const ROLE = 'qinggao';
const STATE_PREFIX = 'qinggao-pg-';

export const defaultStatePath = () => process.env.QINGGAO_PG_STATE || join(tmpdir(), `${STATE_PREFIX}test.json`);

/** Debian installs each major version's server under /usr/lib/postgresql/<major>/bin; the newest wins. */
export function findServerBinaries() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+(\.\d+)?$/.test(name) && existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length > 0) return { bin: join(root, versions[0], 'bin'), version: versions[0] };
  // Other layouts (a source build, another distribution) put the tools on PATH.
  const initdb = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const found = initdb.status === 0 ? initdb.stdout.trim() : '';
  if (found && spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).status === 0) return { bin: found.replace(/\/initdb$/, ''), version: 'PATH' };
  return null;
}

// initdb and pg_ctl refuse to run as root; then they run as the `postgres` system user that Debian's package creates.
const asRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function serverUser() {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) throw new Error('running as root, and there is no `postgres` user to run the server as: apt-get install -y postgresql');
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

/** Runs a server tool, as `postgres` when we are root; throws with its output when it fails. */
function runServerTool(binaries, tool, args, cwd) {
  const path = join(binaries.bin, tool);
  const [command, commandArgs] = asRoot() ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
  const result = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n');
    throw new Error(`${tool} failed (${result.error?.message ?? `exit ${result.status}`}):\n${output}`);
  }
  return result.stdout;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function readState(statePath = defaultStatePath()) {
  try {
    return JSON.parse(readFileSync(statePath, 'utf8'));
  } catch {
    return null;
  }
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function isPostmaster(pid) {
  try {
    return /postgres/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
}

/** The cluster of `state` is up: its postmaster still holds the data folder and answers on its port. */
export function clusterRunning(state) {
  if (!state || !existsSync(join(state.dataDir, 'postmaster.pid'))) return false;
  const pid = Number(readFileSync(join(state.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  if (pid !== state.pid || !processAlive(pid)) return false;
  const binaries = findServerBinaries();
  return binaries !== null && spawnSync(join(binaries.bin, 'pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(state.port)]).status === 0;
}

const urlFor = (port) => `postgres://${ROLE}:${ROLE}@127.0.0.1:${port}/${ROLE}`;

/**
 * Starts a cluster, or returns the one in `statePath` when it is still running.
 * `owner`: the pid of the process that will stop it (see sweepAbandonedClusters).
 */
export async function startCluster({ statePath = defaultStatePath(), locale = 'C', icuLocale, owner } = {}) {
  // First, so that a machine without the binaries never touches what the state file names.
  const binaries = findServerBinaries();
  if (!binaries) throw new Error(MISSING_BINARIES);
  const previous = readState(statePath);
  if (clusterRunning(previous)) return { ...previous, reused: true };
  if (previous) stopCluster({ statePath }); // a cluster left behind by a killed run: its folder and any process

  const started = Date.now();
  const folder = mkdtempSync(join(tmpdir(), `${STATE_PREFIX}cluster-`));
  const dataDir = join(folder, 'data');
  const logFile = join(folder, 'server.log');
  try {
    if (asRoot()) {
      const { uid, gid } = serverUser();
      chownSync(folder, uid, gid);
    }
    const localeArgs = icuLocale ? ['--locale-provider=icu', `--icu-locale=${icuLocale}`, `--locale=${locale === 'C' ? 'C.UTF-8' : locale}`] : [`--locale=${locale}`];
    runServerTool(binaries, 'initdb', ['-D', dataDir, '-U', 'postgres', '-E', 'UTF8', ...localeArgs, '--auth=trust', '--no-sync'], folder);
    // Throwaway: only this machine may connect, without a password; durability is traded for speed.
    writeFileSync(join(dataDir, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const settings = [
        `listen_addresses = '127.0.0.1'`,
        `port = ${port}`,
        `unix_socket_directories = '${folder}'`,
        'fsync = off',
        'full_page_writes = off',
        'synchronous_commit = off',
        // Every vitest worker's pools and the tests' concurrent transactions need connections; the default 100 is tight.
        'max_connections = 200',
      ];
      writeFileSync(join(dataDir, 'postgresql.auto.conf'), `${settings.join('\n')}\n`);
      try {
        runServerTool(binaries, 'pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '60', 'start'], folder);
        break;
      } catch (error) {
        // Another process may have taken the port between freePort() and the server's bind: try another.
        const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
        if (attempt < 3 && /could not bind|Address already in use/i.test(log)) continue;
        throw new Error(`${error.message}\n${log.trim().split('\n').slice(-5).join('\n')}`);
      }
    }
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const state = { folder, dataDir, port, pid, url: urlFor(port), locale: icuLocale ? `icu:${icuLocale}` : locale, version: binaries.version, ...(owner ? { owner } : {}) };
    writeFileSync(statePath, `${JSON.stringify(state, null, 2)}\n`);
    const psql = spawnSync(
      join(binaries.bin, 'psql'),
      ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', folder, '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-c', `CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${ROLE}'`, '-c', `CREATE DATABASE ${ROLE} OWNER ${ROLE}`, '-c', `GRANT pg_signal_backend TO ${ROLE}`],
      { encoding: 'utf8' },
    );
    if (psql.status !== 0) throw new Error(`creating the ${ROLE} role and database failed: ${psql.stderr.trim()}`);
    return { ...state, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    stopCluster({ statePath, state: { folder, dataDir, pid: null } });
    throw error;
  }
}

/** Stops the cluster (immediate shutdown: nothing in it is worth a checkpoint) and removes its folder. Idempotent. */
export function stopCluster({ statePath = defaultStatePath(), state = readState(statePath) } = {}) {
  if (!state) return false;
  const binaries = findServerBinaries();
  if (binaries && existsSync(join(state.dataDir, 'postmaster.pid'))) {
    try {
      runServerTool(binaries, 'pg_ctl', ['-D', state.dataDir, '-m', 'immediate', '-w', 'stop'], state.folder);
    } catch {
      // Handled below.
    }
  }
  // pg_ctl could not do it (the folder damaged or already removed): SIGQUIT is the postmaster's own immediate shutdown.
  if (state.pid && isPostmaster(state.pid)) process.kill(state.pid, 'SIGQUIT');
  rmSync(state.folder, { recursive: true, force: true });
  rmSync(statePath, { force: true });
  return true;
}

/** Stops every cluster whose owner (a test run) has died without stopping it. */
export function sweepAbandonedClusters() {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(STATE_PREFIX) || !name.endsWith('.json')) continue;
    const statePath = join(tmpdir(), name);
    const state = readState(statePath);
    if (state?.owner && !processAlive(state.owner)) stopCluster({ statePath, state });
  }
}

// A test run's own cluster: its state file carries the run's pid, so a run killed
// before it could stop its cluster is found by the next one (sweepAbandonedClusters).
const runStatePath = () => join(tmpdir(), `${STATE_PREFIX}run-${process.pid}.json`);

/**
 * For scripts/run-tests.mjs: the server the run's tests use. The developer's own when
 * QINGGAO_TEST_PG_URL is set; else a cluster started for this run (stopRunCluster stops
 * it), or none where the server binaries are missing (`env` then carries the reason).
 */
export async function clusterForTestRun() {
  const given = process.env.QINGGAO_TEST_PG_URL;
  if (given) return { env: {}, note: `PostgreSQL suites run on ${given.replace(/:[^:@/]*@/, ':***@')} (QINGGAO_TEST_PG_URL)` };
  sweepAbandonedClusters();
  if (!findServerBinaries()) return { env: { QINGGAO_TEST_PG_SKIP_REASON: MISSING_BINARIES }, note: `PostgreSQL suites skipped: ${MISSING_BINARIES}` };
  const state = await startCluster({ statePath: runStatePath(), owner: process.pid });
  return { env: { QINGGAO_TEST_PG_URL: state.url }, note: `PostgreSQL ${state.version} started for this run in ${state.seconds.toFixed(1)} s on port ${state.port}` };
}

/** Stops this run's cluster, if it started one; safe to call at any moment, and more than once. */
export const stopRunCluster = () => stopCluster({ statePath: runStatePath() });

async function main([command, ...args]) {
  const statePath = defaultStatePath();
  if (command === 'start') {
    const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
    const state = await startCluster({ statePath, locale: option('--locale') ?? 'C', icuLocale: option('--icu-locale') });
    console.error(state.reused ? `pg-test-cluster: reusing the running cluster in ${state.folder}` : `pg-test-cluster: PostgreSQL ${state.version} (locale ${state.locale}) started in ${state.seconds.toFixed(2)} s in ${state.folder}`);
    console.log(state.url);
  } else if (command === 'stop') {
    const started = Date.now();
    const stopped = stopCluster({ statePath });
    console.error(stopped ? `pg-test-cluster: stopped and removed in ${((Date.now() - started) / 1000).toFixed(2)} s` : 'pg-test-cluster: no cluster to stop');
  } else if (command === 'env') {
    const state = readState(statePath);
    if (!clusterRunning(state)) throw new Error('no test cluster is running: node scripts/pg-test-cluster.mjs start');
    console.log(`export QINGGAO_TEST_PG_URL=${state.url}`);
  } else {
    throw new Error('usage: node scripts/pg-test-cluster.mjs start [--locale C.UTF-8] [--icu-locale zh-CN] | stop | env');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`pg-test-cluster: ${error.message}`);
    process.exit(1);
  });
}
