// The editor document articles:save may store: the TipTap JSON of the cleaned
// article as renderer/editor/article-extensions.ts defines it — a doc of
// paragraphs, level-3 headings and captions holding text (bold, italic) and
// break points. Its depth is fixed by the shape (doc → block → inline), and
// every list and string is bounded, so nothing else can be stored and reopened.
import { z } from 'zod';

const MAX_BLOCKS = 10_000;
const MAX_INLINE_NODES = 100_000;
const MAX_TEXT = 2_000_000;

/** The raw line a block starts at (renderer/editor/extensions/raw-line). */
const line = z.number().int().min(0).nullable();
const mark = z.strictObject({ type: z.enum(['bold', 'italic']) });

const text = z.strictObject({ type: z.literal('text'), text: z.string().min(1).max(MAX_TEXT), marks: z.array(mark).max(2).optional() });
const breakPoint = z.strictObject({
  type: z.literal('breakPoint'),
  attrs: z.strictObject({ breakId: z.number().int().min(0).nullable(), decision: z.enum(['join', 'split']) }).partial().optional(),
});
const inline = z.array(z.discriminatedUnion('type', [text, breakPoint])).max(MAX_INLINE_NODES);

const paragraph = z.strictObject({ type: z.literal('paragraph'), attrs: z.strictObject({ line }).partial().optional(), content: inline.optional() });
const caption = z.strictObject({ type: z.literal('caption'), attrs: z.strictObject({ line }).partial().optional(), content: inline.optional() });
const heading = z.strictObject({
  type: z.literal('heading'),
  attrs: z.strictObject({ level: z.number().int().min(1).max(6), line }).partial().optional(),
  content: inline.optional(),
});

export const articleDocSchema = z.strictObject({
  type: z.literal('doc'),
  content: z.array(z.discriminatedUnion('type', [paragraph, heading, caption])).max(MAX_BLOCKS),
});

export type ArticleDocJson = z.output<typeof articleDocSchema>;
