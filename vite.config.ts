import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * pdf.js's CMaps and standard fonts, served from the app like everything else (no network):
 * a PDF whose Chinese fonts are not embedded needs the Adobe CMaps to be drawn at all.
 */
function pdfjsAssets(): Plugin {
  return {
    name: 'qinggao-pdfjs-assets',
    apply: 'build',
    writeBundle(options) {
      const outDir = options.dir ?? 'dist/renderer';
      for (const folder of ['cmaps', 'standard_fonts']) cpSync(join('node_modules', 'pdfjs-dist', folder), join(outDir, 'pdfjs', folder), { recursive: true });
    },
  };
}

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs so the same build loads from file:// (Electron) and http:// (web harness).
  base: './',
  plugins: [react(), pdfjsAssets()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
});
