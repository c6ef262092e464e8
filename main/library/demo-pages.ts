// The demo library's pages. Their extracted text mostly lacks a masthead, so
// seeds/pages/pages.json gives each a readable name, an issue date and a page
// label; without it they would sit under 日期不详 with hash names.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { collectPageFiles } from '../services/collect-page-files';
import type { PageInput } from '../services/import-service';

const DemoPagesFile = z.object({
  pages: z.array(
    z.object({
      file: z.string(),
      name: z.string().min(1),
      publication: z.string().min(1),
      issueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      pageLabel: z.string().min(1),
    }),
  ),
});

export const DEMO_PAGES_FILE = 'pages.json';

/** Every page file in the seeds folder, named and dated by pages.json where it lists the file. */
export function demoPageInputs(seedsDir: string): PageInput[] {
  const metadataPath = join(seedsDir, DEMO_PAGES_FILE);
  const listed = existsSync(metadataPath) ? DemoPagesFile.parse(JSON.parse(readFileSync(metadataPath, 'utf8'))).pages : [];
  const byFile = new Map(listed.map((page) => [page.file, page]));
  return collectPageFiles([seedsDir]).map((path) => {
    const page = byFile.get(basename(path));
    if (!page) return { name: basename(path), path };
    return { name: `${page.name}.txt`, path, known: { publication: page.publication, issueDate: page.issueDate, pageLabel: page.pageLabel } };
  });
}
