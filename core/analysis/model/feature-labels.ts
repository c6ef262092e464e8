// The words an editor reads for a feature in a model's reason (「模型：短行、下接署名 → 标题」).

const SIGNAL_WORDS: Record<string, string> = {
  short6: '极短行',
  short9: '很短',
  short12: '短行',
  mentionsCourt: '提及法院',
  leadOpener: '以时间开头的导语',
  short20: '较短',
  long30: '长行',
  full: '满栏',
  clearlyShort: '明显短于栏宽',
  endsSentence: '句末标点',
  endsOpen: '句子未完',
  headlineShaped: '无句末标点的短句',
  phraseSpaced: '两个短语以空格分开',
  innerSpace: '中间有空格',
  byline: '署名',
  bareNames: '仅有人名',
  dateline: '电头',
  datelineAlone: '单独成行的电头',
  subtitleDash: '破折号副题',
  credit: '供稿',
  caption: '图片说明',
  attribution: '引语出处',
  pageFurniture: '版面信息',
  numberedHeading: '带序号',
  listItem: '列表项',
  numberLed: '以序号开头',
  markdown: '标记的标题',
  markdownTop: '一二级标记',
  markdownDeep: '三级标记',
  bold: '加粗',
  indented: '首行缩进',
  gapBefore: '前有空行',
  masthead: '报头样式',
  startsForbidden: '以行首禁用标点开头',
  digits: '含数字',
  innerColon: '含冒号',
  quote: '含引号',
  bookTitle: '含书名号',
  endsQuestion: '问号或叹号结尾',
  courtName: '法院名称',
  photographer: '摄影者',
  opensUnit: '另起一段',
  rule_title: '规则判为标题',
  rule_subtitle: '规则判为副题',
  rule_byline: '规则判为署名',
  rule_dateline: '规则判为电头',
  rule_heading: '规则判为小标题',
  rule_paragraph: '规则判为正文',
  rule_caption: '规则判为图片说明',
  rule_credit: '规则判为供稿',
  rule_furniture: '规则判为版面杂项',
  missing: '无',
  gap: '空行',
  rule_join: '规则判为接续',
};

const PAGE_WORDS: Record<string, string> = {
  page_noColumns: '一段一行的版面',
  page_indents: '缩进排版',
  page_gappy: '行间多空行',
  page_first: '版面首行',
  page_top: '版面顶部',
  topicShift: '与上文话题不同、与下文相同',
  topicSame: '与上文话题相同',
  topicAfter: '与下文用词相同',
  topicBefore: '与上文用词相同',
  since3: '上文已有数段',
  since8: '上文已有多段',
  since15: '上文已有长篇正文',
  x_head_prevEnds: '上文已结束',
  x_head_prevCredit: '上接供稿',
  x_head_nextIndented: '下接缩进段落',
  x_head_noColumns: '一段一行中的短句',
  x_head_nextSigns: '下接署名或电头',
  x_head_gapAround: '前后空行',
  x_head_unindentedInIndents: '缩进版面中不缩进',
  x_phrases_prevEnds: '上文结束后的双短语',
  x_names_prevHead: '标题下的人名',
  x_names_nextBody: '下接正文的人名',
  x_ruleHeading_prevEnds: '上文结束',
  x_ruleHeading_nextDateline: '下接电头',
  x_short_prevShort: '连续短句',
  x_head_nextLead: '下接导语',
  x_head_court: '标题提及法院',
  x_fullOpen: '满栏未完',
  x_shortEnds: '未满栏且句末',
  x_fullEnds: '满栏且句末',
  x_headAfterEnds: '句末后接短句',
  x_headBeforeFull: '短句后接满栏',
  x_openToHead: '未完句接短句',
};

const PREFIX_WORDS: Array<[string, string]> = [
  ['prev_', '上一行'],
  ['next2_', '再下行'],
  ['next_', '下接'],
  ['bb_', '上上行'],
  ['b_', '上行'],
  ['aa_', '下下行'],
  ['a_', '下行'],
];

/** The editor's words for one feature name, or null for one not worth saying. */
export function featureWords(feature: string): string | null {
  if (feature in PAGE_WORDS) return PAGE_WORDS[feature];
  for (const [prefix, words] of PREFIX_WORDS) {
    if (feature.startsWith(prefix)) {
      const rest = SIGNAL_WORDS[feature.slice(prefix.length)];
      return rest ? `${words}${rest}` : null;
    }
  }
  if (feature.includes('confidence') || feature === 'width' || feature === 'relative') return null;
  return SIGNAL_WORDS[feature] ?? null;
}

const ROLE_WORDS: Record<string, string> = {
  title: '标题',
  subtitle: '副题',
  byline: '署名',
  dateline: '电头',
  heading: '小标题',
  paragraph: '正文',
  caption: '图片说明',
  credit: '供稿',
  furniture: '版面杂项',
};

export function roleWords(role: string): string {
  return ROLE_WORDS[role] ?? role;
}

/** 「模型：短行、无句末标点、下接署名 → 标题（置信 0.93）」 */
export function modelReason(features: readonly string[], conclusion: string, confidence: number): string {
  const words = [...new Set(features.map(featureWords).filter((word): word is string => word !== null))].slice(0, 3);
  return `模型：${words.join('、') || '综合版面特征'} → ${conclusion}（置信 ${confidence.toFixed(2)}）`;
}
