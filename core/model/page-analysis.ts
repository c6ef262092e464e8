// What the engine says about one raw page: the gold-format result plus every
// decision behind it, so the editor can show and reverse each one.
import type { ArticleDoc, Block, PageDoc } from './page-doc';
import type { PageGeometry } from './page-geometry';
import type { TagSuggestion } from './vocabulary';

/** One line of the raw page; `index` is the 0-based line number in the raw text (blank lines count). */
export interface RawLine {
  index: number;
  text: string;
}

export type BreakKind = 'wrap' | 'gap';
export type BreakChoice = 'join' | 'split';

/** The decision at the boundary between two consecutive non-empty raw lines. */
export interface BreakDecision {
  /** Stable id within the page: the raw index of the line after the break. */
  id: number;
  before: number;
  after: number;
  kind: BreakKind;
  decision: BreakChoice;
  /** 0..1, how sure the engine is of `decision`. */
  confidence: number;
  /** Short human-readable reason, Chinese. */
  reason: string;
}

/**
 * `replaced-char`: a byte the import could not decode, now U+FFFD; the editor restores the character from the print.
 * `merged-columns`: lines where the extractor seems to have set two columns side by side, which the engine could not split for certain.
 */
export type FlagKind = 'doubled-char' | 'unbalanced-quote' | 'unbalanced-bracket' | 'missing-final-punct' | 'replaced-char' | 'merged-columns';

export interface Flag {
  kind: FlagKind;
  /** Index into `articles`, or -1 for page furniture. */
  article: number;
  /** Raw line index where it stands, when known. */
  line: number | null;
  /** The characters concerned, e.g. `们们`. */
  text: string;
  message: string;
}

export type NormalizationRuleId =
  | 'fullwidth-punctuation'
  | 'cjk-spacing'
  | 'markdown-debris'
  | 'fullwidth-ascii'
  | 'quote-pairing'
  | 'radical-ideographs'
  | 'letter-spacing'
  | 'form-feeds';

export interface NormalizationReport {
  rule: NormalizationRuleId;
  enabled: boolean;
  changes: number;
}

export type ReadingOrderMoveKind = 'headline-after-body' | 'interleaved-column' | 'lead-at-end' | 'continued-fragment' | 'stray-caption' | 'stacked-heads';

/** A reading-order repair the engine proposes; the editor may undo it. */
export interface ReadingOrderMove {
  id: number;
  kind: ReadingOrderMoveKind;
  /** Raw line indices that were moved. */
  lines: number[];
  description: string;
}

export type LineRole =
  | 'furniture'
  | 'title'
  | 'subtitle'
  | 'byline'
  | 'dateline'
  | 'credit'
  | 'heading'
  | 'caption'
  | 'paragraph';

/** Where one raw line went: which article (-1 furniture) and which part of it. */
export interface LinePlacement {
  line: number;
  article: number;
  role: LineRole;
}

export interface AnalyzedBlock extends Block {
  /** Raw line indices that make up this block, in order. */
  lines: number[];
}

export interface AnalyzedArticle extends ArticleDoc {
  blocks: AnalyzedBlock[];
  /** Every raw line index that belongs to this article (fields and blocks). */
  lines: number[];
  /** Court and theme suggestions with their evidence, when the analysis had a vocabulary. */
  suggestions?: TagSuggestion[];
}

export interface PageAnalysis extends PageDoc {
  articles: AnalyzedArticle[];
  lines: RawLine[];
  placements: LinePlacement[];
  breaks: BreakDecision[];
  flags: Flag[];
  normalization: NormalizationReport[];
  moves: ReadingOrderMove[];
  /** Present when the page was read from a PDF: each raw line's box on the printed page. */
  geometry?: PageGeometry;
}

/**
 * What the proofreading editor changed on top of the engine's decisions (see
 * `assemblePage` in core/analysis/assemble-page.ts). Every key is optional.
 * - `breaks`: BreakDecision.id (raw index of the line after the break) → join/split.
 * - `roles`: raw line index → role; a unit of joined lines takes the role of its first line.
 * - `articleStarts`: raw line indices where the editor starts a new article.
 * - `undoMoves`: ReadingOrderMove ids to leave in raw order.
 * - `normalization`: rules switched on/off.
 */
export interface PageOverrides {
  breaks?: Record<number, BreakChoice>;
  roles?: Record<number, LineRole>;
  articleStarts?: number[];
  undoMoves?: number[];
  normalization?: Partial<Record<NormalizationRuleId, boolean>>;
}
