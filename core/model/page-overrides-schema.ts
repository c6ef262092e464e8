// The exact shape pages:setOverrides accepts: what PageOverrides (page-analysis.ts)
// says, checked key by key, so a stored override can never be something
// assemblePage cannot read. A new kind of override is one line here and one in
// PageOverrides; the check at the bottom fails to compile until both agree.
import { z } from 'zod';
import type { BreakChoice, LineRole, NormalizationRuleId, PageOverrides } from './page-analysis';

const BREAK_CHOICES = ['join', 'split'] as const satisfies readonly BreakChoice[];
const LINE_ROLES = ['furniture', 'title', 'subtitle', 'byline', 'dateline', 'credit', 'heading', 'caption', 'paragraph'] as const satisfies readonly LineRole[];
const NORMALIZATION_RULE_IDS = ['fullwidth-punctuation', 'cjk-spacing', 'markdown-debris', 'fullwidth-ascii', 'quote-pairing', 'radical-ideographs', 'letter-spacing', 'form-feeds'] as const satisfies readonly NormalizationRuleId[];

/** Raw line indices and move ids; far above any page (a 50 MB page has a few million lines). */
const MAX_INDEX = 100_000_000;
const MAX_ENTRIES = 1_000_000;

const index = z.number().int().min(0).max(MAX_INDEX);
/** JSON object keys are strings: a line index written the way JavaScript writes a number. */
const indexKey = z.string().regex(/^(0|[1-9]\d{0,8})$/, 'a raw line index');
const indexList = z.array(index).max(MAX_ENTRIES);

export const pageOverridesSchema = z.strictObject({
  breaks: z.record(indexKey, z.enum(BREAK_CHOICES)).optional(),
  roles: z.record(indexKey, z.enum(LINE_ROLES)).optional(),
  articleStarts: indexList.optional(),
  undoMoves: indexList.optional(),
  normalization: z.partialRecord(z.enum(NORMALIZATION_RULE_IDS), z.boolean()).optional(),
});

type Parsed = z.output<typeof pageOverridesSchema>;
type Missing<Union, Listed> = Exclude<Union, Listed>;
// Compile-time agreement: every role/choice/rule is listed, and the schema's output is PageOverrides both ways.
const complete: [Missing<LineRole, (typeof LINE_ROLES)[number]> | Missing<BreakChoice, (typeof BREAK_CHOICES)[number]> | Missing<NormalizationRuleId, (typeof NORMALIZATION_RULE_IDS)[number]>] extends [never] ? true : never = true;
const sameShape: [Parsed] extends [PageOverrides] ? ([PageOverrides] extends [Parsed] ? ([keyof Parsed] extends [keyof PageOverrides] ? ([keyof PageOverrides] extends [keyof Parsed] ? true : never) : never) : never) : never = true;
void complete;
void sameShape;
