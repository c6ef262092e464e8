// `npm start`: builds, makes sure a better-sqlite3 binary for Electron's ABI
// exists (kept apart from the Node one the tests use), and launches Electron.
// Where no Electron binary can be had (no network to fetch it), it says so and
// points to `npm run web`.
import { spawnSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');

function fail(message) {
  console.error(`\n清稿: ${message}\n`);
  process.exit(1);
}

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
if (build.status !== 0) fail('build failed');

let electronPath;
try {
  electronPath = require('electron'); // downloads the binary on first use
} catch (error) {
  fail(`Electron 可执行文件无法获取 / the Electron binary is not available here (${error.message}).\n  请改用网页模式 / use the browser fallback instead:  npm run web`);
}
if (!existsSync(electronPath)) fail('Electron 可执行文件缺失 / Electron binary missing. Use: npm run web');

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const nativeDir = join(root, '.electron-native', electronVersion);
const binding = join(nativeDir, 'better_sqlite3.node');
if (!existsSync(binding)) {
  console.log(`清稿: building better-sqlite3 for Electron ${electronVersion} (once)…`);
  const source = resolve(require.resolve('better-sqlite3/package.json'), '..');
  const work = join(tmpdir(), `qinggao-bs3-${electronVersion}-${process.pid}`);
  cpSync(source, work, { recursive: true });
  rmSync(join(work, 'build'), { recursive: true, force: true });
  const gyp = spawnSync(
    process.execPath,
    [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'],
    { cwd: work, stdio: 'inherit', env: { ...process.env, npm_config_nodedir: '' } },
  );
  if (gyp.status !== 0) fail('could not build better-sqlite3 for Electron (needs network for the Electron headers). Use: npm run web');
  mkdirSync(nativeDir, { recursive: true });
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), binding);
  rmSync(work, { recursive: true, force: true });
}

const child = spawn(electronPath, [join(root, 'dist', 'electron', 'main.cjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, QINGGAO_SQLITE_BINDING: binding },
});
child.on('exit', (code) => process.exit(code ?? 0));
