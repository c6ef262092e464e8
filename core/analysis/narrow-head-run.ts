import { isDateAlone, OFFICIAL_DOCUMENT_TITLE, OFFICIAL_GENRE_END } from './line-patterns';
import { provesHeadAbove, QUESTION_THEN_PHRASE, type LineFeatures } from './line-features';

/** The widest line of a headline set in large type in a narrow column (five to eight characters a line). */
const NARROW_HEAD_MEASURE = 8;

/** Lines of one measure differ by a mark or a half-width digit at most. */
const MEASURE_TOLERANCE = 1;

/** Fewer lines than this may be a head over its writer's name (林海边城司法 / 简讯): no measure shows in them. */
const MIN_RUN_LINES = 3;

/** A head's lead alone on its line: a court's, a place's or a column's name and a colon. */
const HEAD_LABEL_LINE = /^[\u4e00-\u9fff]{2,8}[：:]$/u;

/** What proves the lines above it a headline: the byline, the subtitle or the dateline under it. */
const provesHead = (line: LineFeatures) => provesHeadAbove(line, line.content.trim());

/** A line a wrapped head may hold: short, no sentence closed in it, nothing else the page sets alone. */
function headPiece(line: LineFeatures, last: boolean): boolean {
  // (Writers' names and a date are no head's words: 杨雪 贺军, 2025 年 7 月1日.)
  if (line.width > NARROW_HEAD_MEASURE || provesHead(line) || isDateAlone(line.content.trim()) || line.credit || line.caption || line.listItem || line.pageFurniture || line.mastheadLike) return false;
  // Only the head's last line may close it, on a question or an exclamation; a line may end on the colon of the
  // head's lead, its court's or column's label alone (兴和县法院： / 一家石墨企业 / …).
  return last ? !/[。；;]$/u.test(line.content.trim()) : !line.endsSentence && (!line.endsOpen || HEAD_LABEL_LINE.test(line.content.trim()));
}

/** The line above stands apart from a head: the masthead, a finished text, a credit, or a shorter label. */
function cleanStart(above: LineFeatures | undefined, measure: number): boolean {
  // (A credit wrapped in its court's name closes on its bracket alone: …（杭锦旗法 / 院供稿）.)
  return above === undefined || above.pageFurniture || above.mastheadLike || above.endsSentence || above.credit || /供稿[)）]$/u.test(above.content.trim()) || above.width < measure - MEASURE_TOLERANCE;
}

const runsByLines = new WeakMap<readonly LineFeatures[], ReadonlySet<LineFeatures>>();

/**
 * A headline set in large type in a narrow column wraps every few characters, wherever its measure falls,
 * inside a word or after a mark (海勃湾区法 / 院：“府院联 / 动”盘活闲 / 置厂房12万 / 平方米), and MuPDF writes each
 * line as a block of its own. Three lines or more of one short width (the last may be shorter), none closing a
 * sentence, straight over the byline, subtitle or dateline that proves a headline, and apart from what stands
 * above, are that one headline. Returns the lines that go on from the line before them.
 */
export function narrowHeadRunJoins(lines: readonly LineFeatures[]): ReadonlySet<LineFeatures> {
  const cached = runsByLines.get(lines);
  if (cached) return cached;
  const joins = new Set<LineFeatures>();
  /** The run's first line, up from its last, or -1: lines of one measure, the last perhaps shorter, apart from what stands above. */
  const runTop = (last: number): number => {
    let top = last;
    let widest = 0;
    let narrowest = Infinity;
    for (let position = last - 1; position >= 0; position--) {
      const candidate = lines[position];
      if (!headPiece(candidate, false)) break;
      const wider = Math.max(widest, candidate.width);
      const narrower = Math.min(narrowest, candidate.width);
      if (wider - narrower > MEASURE_TOLERANCE) break;
      widest = wider;
      narrowest = narrower;
      top = position;
    }
    return last - top + 1 < MIN_RUN_LINES || lines[last].width > widest + MEASURE_TOLERANCE || !cleanStart(lines[top - 1], narrowest) ? -1 : top;
  };
  const join = (top: number, last: number) => {
    for (let position = top + 1; position <= last; position++) joins.add(lines[position]);
  };
  lines.forEach((line, index) => {
    // Straight over the byline, subtitle or dateline that proves it a headline.
    if (index >= MIN_RUN_LINES && provesHead(line) && headPiece(lines[index - 1], true)) {
      const top = runTop(index - 1);
      if (top >= 0) join(top, index - 1);
    }
    // Or an official document's whole title, its genre's word closing it (锡林郭勒盟 / 正镶白旗人 / 民法院关于 / … / 公告),
    // or a question and a phrase set apart by a space (微信聊天记录能当 / 借款证据吗？ 卓 / 资县法院法官答疑): the words
    // prove the head themselves.
    if (index + 1 >= MIN_RUN_LINES && headPiece(line, true) && !joins.has(line)) {
      const genreEnd = OFFICIAL_GENRE_END.test(line.content.trim());
      const top = genreEnd || !line.endsSentence ? runTop(index) : -1;
      const text = top >= 0 ? lines.slice(top, index + 1).map((part) => part.content.trim()).join('') : '';
      if (top >= 0 && ((genreEnd && OFFICIAL_DOCUMENT_TITLE.test(text)) || QUESTION_THEN_PHRASE.test(text))) join(top, index);
    }
  });
  runsByLines.set(lines, joins);
  return joins;
}

/** The unit is such a headline, all its lines one run. */
export function isNarrowHeadRun(unitLines: readonly LineFeatures[], lines: readonly LineFeatures[]): boolean {
  const joins = narrowHeadRunJoins(lines);
  return unitLines.length >= MIN_RUN_LINES && !joins.has(unitLines[0]) && unitLines.slice(1).every((line) => joins.has(line));
}
