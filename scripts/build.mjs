// Builds everything the app runs from: the renderer with Vite, and the Node
// side with esbuild (main process, preload, web harness). Dependencies stay
// external (node_modules ships with the app); the sandboxed preload is bundled
// whole because it cannot require packages.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { rmSync } from 'node:fs';

const started = Date.now();
rmSync('dist', { recursive: true, force: true });

await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });

// import.meta.url has no meaning in a CommonJS bundle; give it the bundle's own URL.
const importMetaShim = {
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
};
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  esbuild({ ...common, ...importMetaShim, entryPoints: ['main/electron/main.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs', packages: 'external', external: ['electron'] }),
  esbuild({ ...common, entryPoints: ['main/electron/preload-entry.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] }),
  esbuild({ ...common, entryPoints: ['main/web/serve.ts'], outfile: 'dist/web/serve.mjs', format: 'esm', packages: 'external' }),
]);

console.log(`built in ${Date.now() - started} ms`);
