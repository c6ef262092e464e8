// Words to build varied articles from: the seed pages as the engine reads them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePage } from '../../core/analysis/analyze-page';
import type { Block } from '../../core/model/page-doc';
import type { Vocabulary } from '../../core/model/vocabulary';

export interface SeedMaterial {
  pages: { name: string; text: string }[];
  titlePhrases: string[];
  paragraphs: string[];
  headings: string[];
  captions: string[];
}

export function readSeedMaterial(seedsDir: string, vocabulary: Vocabulary): SeedMaterial {
  const pages = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));
  const material: SeedMaterial = { pages, titlePhrases: [], paragraphs: [], headings: [], captions: [] };
  for (const page of pages) {
    for (const article of analyzePage(page.text, { source: page.name, vocabulary }).articles) {
      material.titlePhrases.push(...article.title.split(/\s+/).filter((phrase) => phrase.length >= 2));
      const byType = (type: Block['type']) => article.blocks.filter((block) => block.type === type).map((block) => block.text);
      material.paragraphs.push(...byType('paragraph').filter((text) => text.length >= 20));
      material.headings.push(...byType('heading'));
      material.captions.push(...byType('caption'));
    }
  }
  return material;
}
