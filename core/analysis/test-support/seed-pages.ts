/// <reference types="vite/client" />
// The seed pages of the repository, loaded as text by Vite so that core/ tests stay free of node:fs.
const modules = import.meta.glob('../../../seeds/pages/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const SEED_PAGES: ReadonlyArray<{ name: string; raw: string }> = Object.entries(modules)
  .map(([path, raw]) => ({ name: path.split('/').pop() ?? path, raw }))
  .sort((a, b) => a.name.localeCompare(b.name));
