// Patterns of Chinese newspaper page make-up: bylines, datelines, credits, captions, furniture.

/** 本报记者●宋宏颖 通讯员●屠凤阳 / 本报通讯员 倪慧 / 文/图 张三 / a pen name after a box (□ 法言, a commentary's) / a writer with the court in brackets (王丽萍（兴和县人民法院）); never a wrapped line that opens on 本报记者 (本报记者就诉源治理工作采) */
export const BYLINE = /^[■□◆●]?\s*(?:(本报|本刊)?(特约|见习|首席)?(记者|通讯员|评论员|实习生)\s*[●·•\s]|(本报|本刊)(记者|通讯员)(?=[●·•\s]|[\u4e00-\u9fff·]{2,4}(?:[\s●·•]|$)|$)|(文|图|文\u002f图|文图)\s*[\u002f／:：]\s*\S)|^[■□◆]\s*[\u4e00-\u9fff]{2,4}([ \u3000]+[\u4e00-\u9fff]{2,4})*$|^[\u4e00-\u9fff]{2,4}[（(][\u4e00-\u9fff]{2,24}(法院|法庭|检察院|司法局|律师事务所|大学|学院)[）)]$/u;
/**
 * `**赤峰讯**`, `赤峰讯 `, `本报讯（记者…）`, `本报呼和浩特6月27日电 ` at the head of a paragraph, or a dateline set on a line
 * of its own (`二连浩特讯`) — but not a column label such as 简讯 / 快讯 / 喜讯.
 */
// Radicals count as Han (`本报呼伦⻉尔讯 `, `本报⾚峰讯 `): an article's joined text is read before normalization folds them.
export const DATELINE = /^\*\*([^*]{1,14}?讯)\*\*\s*|^([\u4e00-\u9fff\u2e80-\u2fdf]{1,12}讯|(?:本报|新华社)?[\u4e00-\u9fff\u2e80-\u2fdf]{0,10}\d{1,2}[月⽉]\d{1,2}[日⽇]电)(?=[\s\u3000（(])\s*|^((?![\u4e00-\u9fff\u2e80-\u2fdf]*[简快喜通资短音问]讯$)[\u4e00-\u9fff\u2e80-\u2fdf]{2,12}讯)$/u;
/**
 * A dateline run into its paragraph with no space (`本报赤峰讯为依法保护…`): MuPDF drops the space a
 * bold dateline had. Read only at the head of an article's first paragraph; 闻讯, 通讯员, 简讯 and
 * the like are words, not datelines.
 */
// Kangxi and supplement radicals (⾚峰) count as Han here: the text is not yet folded when this is read.
export const DATELINE_RUN_IN = /^(本报[\u4e00-\u9fff\u2e80-\u2fdf]{0,8}?讯|[\u4e00-\u9fff\u2e80-\u2fdf]{2,6}(?<![闻获通资简快喜电音问审传查视提刑])讯)(?![员息号])(?=[\u4e00-\u9fff\u2e80-\u2fdf\d“])/u;
/** A line that is only a dateline: it opens the paragraph set on the lines after it. */
export const DATELINE_ALONE = /^(\*\*)?[\u4e00-\u9fff]{2,12}讯(\*\*)?$/u;
/** A closing credit in brackets: `（赤峰市中级人民法院供稿）`, `(张丽)`, `（郭成 李鑫 王学清）`. */
export const CREDIT_WHOLE = /^[（(]\s*([^（()）]{1,40}?)\s*[)）]$/u;
export const CREDIT_TRAILING = /([。！？!?”’…])\s*([（(]\s*([^（()）]{1,40}?)\s*[)）])\s*$/u;
/** Picture captions: `▲主题党日活动。崔翼 摄`, `向宪法宣誓。崔翼 摄`, `图为…`. */
export const CAPTION = /^[▲△■◆]|(\s|[。])([\u4e00-\u9fff]{2,6})?\s*(?<![拍航])摄(影)?$|^[\u4e00-\u9fff]{2,4}\s+摄$|^(图为|上图|下图|左图|右图|图[一二三四五六七八九十\d]+)[：:，,\s]?/u;
/** Contact lines of the masthead, and the page's editorial credits (责任编辑：… 校对：…). */
export const CONTACT = /^(邮箱|电子邮箱|E-?mail|电话|热线|传真|地址|邮编|网址|投稿邮箱|联系电话|责任编辑|本版编辑|责编|编辑|美编|校对|版式设计|版式|排版|审校|终审)\s*[:：]/iu;
/** The page's editorial credits set without a colon, name after label (`责任编辑 赵敏 校对 孙丽`), as PDF pages print them. */
export const EDITORIAL_CREDITS = /^(责任编辑|本版编辑|责编|美编|校对|版式设计|排版|审校|终审)\s+[\u4e00-\u9fff]{2,4}(\s+(校对|美编|版式设计|排版|审校|终审|编辑)\s+[\u4e00-\u9fff]{2,4})*$/u;
/** An editorial label alone on its line, its name wrapped to the next (`责任编辑` / `刘洋`) in a narrow column. */
export const EDITORIAL_LABEL = /^(责任编辑|本版编辑|责编|美编|校对)$/u;
/** A jump line: the article goes on, or came from, another page (下转第2版 / 上接第1版). */
export const JUMP_LINE = /^[（(]?\s*(上接|下转|转|接)第?\s*[A-Z]?\d{1,3}\s*版\s*[)）]?$/u;
/** 2025年06月27日 (星期五) and/or 05版 / 第5版 / A05版. */
export const PAGE_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(\s*(星期|周)[一二三四五六日天])?$/u;
/** A date written in Chinese numerals, as a notice's signature dates it: 二〇二五年八月十二日. */
export const HAN_DATE = /^[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$/u;
/** A case number (案号) set on its own line under a notice's headline: （2025）内0523民初1876号. */
export const CASE_NUMBER = /^[（(]\s*\d{4}\s*[)）]\s*[\u4e00-\u9fff\d\s]{2,24}号$/u;
export const PAGE_LABEL = /^(第\s*)?[A-Z]?\d{1,3}\s*版$/u;
/** Names of publications as printed in a masthead: 法院专刊, 北疆法治报, 法治周刊. */
export const PUBLICATION = /^[\u4e00-\u9fff]{2,12}(专刊|周刊|报|专版|月刊|法苑|视窗)$/u;
/** A court (or other body) printed alone, as in a masthead. */
// A bare 法院 names an institution after a place (市, 旗, 区, 铁路…): a headline may end on 法院 too (墨香浸润法院).
export const INSTITUTION = /^([\u4e00-\u9fff]{2,24}(人民法院|人民检察院|委员会)|[\u4e00-\u9fff]*(省|市|盟|旗|县|区|州|镇|乡|苏木|铁路|运输|中级|高级)法院)(党组|党委|党总支|机关党委|政治部|办公室)?$/u;
/** A court named alone on a line below the masthead: the first part of a 单位 + 主题 headline. */
export const COURT_NAME = /^[\u4e00-\u9fff]{2,16}(人民法院|法院|中院|法庭)$/u;
/**
 * A byline that names the writers' court before them: `阿拉善左旗人民法院 斯日古楞`, `包头稀土高新区法院 石磊 薛婷`.
 * (No name opens on a preposition or a verb of doing: 阿尔山市法院 为服务 / 冰雪旅游季，… is a roundup's item run into its text.)
 */
export const COURT_SIGNATURE = /^[\u4e00-\u9fff]{2,16}(人民法院|法院|中院|法庭)(\s+(?!(为|在|对|将|从|把|被|据|近日|日前|今年|自|当|该|以|经过|围绕|针对|联合|召开|开展|举办)[\u4e00-\u9fff])[\u4e00-\u9fff·]{2,6}){1,3}$/u;
/**
 * A roundup's item whose court runs into its lead after a space (清水河县法院 今年6月 / 以来，…, 某县法院 近日，…): the words
 * after the space open the news on its time, as no headline's second phrase does. (Not on a verb of doing, 某旗法院 开展…活动,
 * nor on its purpose, 某县法院 为企业送法上门: both are a headline's pair of phrases as often as an item's lead.)
 */
export const COURT_RUN_IN = /^[\u4e00-\u9fff]{2,16}(人民法院|法院|中院|法庭)\s+(近日|日前|近期|今年|去年|年初|连日来|\d{1,2}月)/u;
/** An attribution under a pull quote: ——最高人民法院党组书记、院长张军 */
export const ATTRIBUTION = /^——[^，。；！？]{2,40}$/u;
/** Numbered section heads: 一、 / （一） / 1. / 1 “要点”上墙 */
// A number followed by a unit or measure word (1 万元, 3 名) is a quantity, not a section number.
export const NUMBERED_HEADING = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}(?:[.、．]\s*|\s+)(?=[\u4e00-\u9fff“《])(?![万亿千百元年月日时人件次名个项家起余多岁天周倍米亩]))/u;

const COURT_CREDIT = /^[\u4e00-\u9fff]{2,20}(人民法院|法院|中院|法庭)([\u4e00-\u9fff]{1,6}(室|部|处|科|庭|局))?([\s·][\u4e00-\u9fff·]{2,6}){0,3}$/u;
/** Whether the text, as a whole, is a bracketed closing credit: `（…供稿）`, `（张丽）`, `（作者单位：…）`. */
export function isCredit(text: string): boolean {
  const match = CREDIT_WHOLE.exec(text);
  return match !== null && isCreditContent(match[1]);
}

export function isCreditContent(content: string): boolean {
  if (/(供稿|供图|来稿|整理)$/u.test(content)) return true;
  // The writer's unit closing a signed piece: （作者单位：某某区人民法院）.
  if (/^作者(单位|系)[：:]?\s*[\u4e00-\u9fff]{2,30}$/u.test(content)) return true;
  // The writers' court, its office or its writers: （松山区人民法院 邹文静）, （某某中级人民法院研究室）.
  if (COURT_CREDIT.test(content)) return true;
  return /^[\u4e00-\u9fff]{2,4}([\s、·,，][\u4e00-\u9fff]{2,4}){0,4}$/u.test(content) && !/[，。；！？]/u.test(content.slice(-1));
}

/**
 * A roundup's headline names its genre (赤峰法院工作动态, 全区法院工作简讯, 河套法院速递): the
 * items under it are its sections, each under a head of its own.
 */
export const ROUNDUP_HEADLINE = /(简讯|动态|速递|速览|快讯|短讯|集锦|扫描|巡礼|掠影|点滴|传真|资讯|要闻|短波|综述|撷英|撷萃|荟萃|拾零)$/u;

/** Two to four writers' names with spaces between (白雪 孙浩): a byline without its label. */
export const WRITERS_NAMES = /^[\u4e00-\u9fff]{2,4}([ \u3000]+[\u4e00-\u9fff]{2,4}){1,3}$/u;

/** How a notice's headline ends: its genre (an official document: a notice, a list, a release of typical cases), and perhaps a batch or year in brackets. */
export const NOTICE_HEADLINE = /(公告|通告|通报|通知|启事|公示|声明|名单|清单|告知书|倡议书|一封信|公开信|悬赏令|典型案例|的决定)([（(][^（）()]{1,12}[)）])?$/u;

/** A case's section head alone on its line (【案情简介】, **【裁判】**): it opens its section, the first under a case's headline. */
export const CASE_SECTION_HEAD = /^(\*\*)?【[^【】]{1,12}】(\*\*)?$/u;

/** A head that opens on a court's short name (海南区法院召开审判委员会, 正蓝旗法院送法进校园). */
export const COURT_LED_HEAD = /^[\u4e00-\u9fff]{2,8}(法院|法庭)(?![）)])/u;

/** A sentence's end, then its source in brackets (…800余份。（扎赉特旗法院）, …庭审。”（王丽）): nothing of the paragraph follows. */
export const SOURCE_AFTER_SENTENCE = /[。！？][”’）)]?（[^（）]{1,24}）$/u;

/** A case story's section named without brackets (案情简介, 裁判结果, 法官说法): a head of its own, never a headline's tail. */
export const CASE_SECTION_LABEL = /^(案情(简介|回顾|概要|介绍)?|基本案情|审理(过程|结果)|裁判(结果|要旨|理由|要点)|判决(结果)?|法院判决|法官(说法|提示|提醒|点评|解读)|典型意义|案例(评析|点评)|评析|说法)$/u;

/** A weekday alone (星期五, 周五): the masthead's, with its date. */
export const WEEKDAY = /^(星期|周)[一二三四五六日天]$/u;

/** A date and nothing else (2025年7月1日, 二〇二五年八月十二日): a notice's or letter's signature date, or the masthead's. */
export function isDateAlone(text: string): boolean {
  return PAGE_DATE.test(text) || HAN_DATE.test(text);
}

/** A writer's name, or its last characters, wrapped under a court's signature that reached the column's edge (…赵丽娜 / 王志刚, …萨仁 胡 / 雪); three characters at most, as a four-character line there is as likely a section's head (案情回顾). */
export const SIGNATURE_NAME_TAIL = /^[\u4e00-\u9fff]{1,3}$/u;

/** A roundup item's signature: its writers' names alone in brackets (（娜仁）, （王刚 李丽）), not a court's 供稿. */
export const ITEM_SIGNATURE = /^[（(][\u4e00-\u9fff]{2,4}([ 、][\u4e00-\u9fff]{2,4}){0,2}[)）]$/u;

/** The genre's word that closes an official document's title. */
export const OFFICIAL_GENRE_END = /(公告|通告|通报|通知|决定|倡议书|一封信|公开信)$/u;
/**
 * An official document's title (关于举办2025年“法院开放日”活动的公告, 呼伦贝尔市中级人民法院2025年公开招聘聘用制书记员公告):
 * a notice's headline, never a section's, nor a sentence's words; or a letter to the public (致全旗个体工商户…的一封信).
 */
export const OFFICIAL_DOCUMENT_TITLE = /^(关于.{4,40}的|[\u4e00-\u9fff]{2,16}(法院|法庭)[^，。；：、,;:]{0,30})(公告|通告|通报|通知|决定|倡议书|一封信|公开信)$|^(致|给)[^，。；：,;:]{2,30}的(一封信|公开信|倡议书)$/u;

/** A line that ends on a function word (…司法的, 胡杨林下的) broke inside a phrase: no name, label or phrase ends there. */
export const FUNCTION_WORD_END = /[的之和与及在对把被]$/u;

/** An item led by its place and a colon, run into its text (多伦：近日，…); a case's or an interview's label is no place. */
export const PLACE_RUN_IN = /^(?![^：:]*(案例|说法|提示|点评|简介|意义|案情|记者|问|答)[^：:]*[：:])[\u4e00-\u9fff]{2,8}[：:]\S/u;

/**
 * A roundup item's head: its place before a colon, then its news, no other mark (二连浩特：口岸企业“绿色通道”).
 * A case's label (案例一：…), a section's (法官说法：…) or a speaker's (记者：…) is none.
 */
export const ITEM_HEAD_LINE = /^(?![^：:]*(案例|说法|提示|点评|简介|意义|案情|记者|问|答)[^：:]*[：:])[\u4e00-\u9fff]{2,8}[：:][^：:，。；、,;]+$/u;
/**
 * A roundup's item head led by its place in brackets (【杭锦旗】光伏治沙园区设起法官联络站): the place, then the
 * item's words. A case's section in brackets (【案情】, 【法官提醒】…) is no place.
 */
export const BRACKETED_PLACE_ITEM = /^【(?![^】]*(案例|说法|提示|提醒|点评|简介|意义|案情|评析|审理|裁判|判决|释法|链接|背景|记者|问|答))[\u4e00-\u9fff]{2,8}】[^【】：:，。；、,;]{4,}$/u;

/** A headline's last characters closing its question on a particle, with its mark or without (效吗, 怎么办？): no name ends on one. */
export const QUESTION_PARTICLE_TAIL = /^\p{Script=Han}{0,3}[吗呢么][？?]?$/u;
/** A question's last few words alone on a line (有效吗？, 谁来赔？): no head stands on them, they end the one above. */
export const QUESTION_TAIL_LINE = /^\p{Script=Han}{1,5}[？?]$/u;
/** Words that ask (谁担责, 怎么办, 有效吗): no name holds them, and a head's question tail does. */
export const ASKS_WORDS = /[谁吗呢]|怎么|如何|为何|是否|能否|可否/u;

/** A head that announces (发布, 出台, 公布…) what it has not named yet at its line's end: the next line names it (…纠纷 / 典型案例). */
export const ANNOUNCES_UNNAMED = /(发布|出台|公布|印发|推出)[^，。；：]{0,16}(?<!案例|白皮书|意见|措施|清单|报告|办法|规定|细则|名单|公告|通知)$/u;

/** Courts named one after another, three at least, and nothing else (an award's list: 科尔沁左翼后旗人民法院、奈曼旗人民法院、…). */
export const COURT_LIST = /^(?:[\u4e00-\u9fff]{2,20}(?:法院|法庭)、){2,}[\u4e00-\u9fff]{2,20}(?:法院|法庭)$/u;
/** …or set apart by spaces (集宁区人民法院 丰镇市人民法院 兴和县人民法院), two at least. */
export const SPACED_COURT_LIST = /^(?:[\u4e00-\u9fff]{2,20}(?:法院|法庭)[ \u3000]+)+[\u4e00-\u9fff]{2,20}(?:法院|法庭)$/u;

/** An award's grade alone on its line (一等奖, 优秀奖, 团体二等奖): it heads the part of a list it names. */
export const AWARD_GRADE = /^(团体|个人|集体|单位|单项)?([一二三四五六七八九十]等|特等|金|银|铜|优秀|提名|优秀组织)奖([（(][\d一二三四五六七八九十]{1,3}(名|个|人|项|家|篇|件|部)[)）])?$/u;

/** A case's section head in brackets alone on its line (【案情】, 【法官说法】). */
export const BRACKETED_SECTION_HEAD = /^【[^【】]{2,8}】$/u;
