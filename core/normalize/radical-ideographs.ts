// Radical code points that PDF extraction emits for the ideographs they look like (MuPDF and
// others on Noto CJK and many PDF producers map a glyph shared by 人 and ⼈ to the radical).
// Each entry is a radical followed by its ideograph, space-separated.

/**
 * Kangxi Radicals U+2F00–U+2FD5: generated once with NFKC (String.prototype.normalize) and kept
 * as data, so the run-time fold is one table lookup per character. NFKC gives the traditional
 * form where the radical is one (⾨ 門): that is the glyph the font drew. Four are not: where
 * simplified Chinese writes another code point for the same shape, the simplified-Chinese fonts
 * draw that form, and mainland text means it (⼾ 户, ⾭ 青, ⾑ 西, ⿈ 黄, not 戶 靑 襾 黃).
 */
const KANGXI = [
  '⼀一 ⼁丨 ⼂丶 ⼃丿 ⼄乙 ⼅亅 ⼆二 ⼇亠 ⼈人 ⼉儿 ⼊入 ⼋八 ⼌冂 ⼍冖 ⼎冫 ⼏几',
  '⼐凵 ⼑刀 ⼒力 ⼓勹 ⼔匕 ⼕匚 ⼖匸 ⼗十 ⼘卜 ⼙卩 ⼚厂 ⼛厶 ⼜又 ⼝口 ⼞囗 ⼟土',
  '⼠士 ⼡夂 ⼢夊 ⼣夕 ⼤大 ⼥女 ⼦子 ⼧宀 ⼨寸 ⼩小 ⼪尢 ⼫尸 ⼬屮 ⼭山 ⼮巛 ⼯工',
  '⼰己 ⼱巾 ⼲干 ⼳幺 ⼴广 ⼵廴 ⼶廾 ⼷弋 ⼸弓 ⼹彐 ⼺彡 ⼻彳 ⼼心 ⼽戈 ⼾户 ⼿手',
  '⽀支 ⽁攴 ⽂文 ⽃斗 ⽄斤 ⽅方 ⽆无 ⽇日 ⽈曰 ⽉月 ⽊木 ⽋欠 ⽌止 ⽍歹 ⽎殳 ⽏毋',
  '⽐比 ⽑毛 ⽒氏 ⽓气 ⽔水 ⽕火 ⽖爪 ⽗父 ⽘爻 ⽙爿 ⽚片 ⽛牙 ⽜牛 ⽝犬 ⽞玄 ⽟玉',
  '⽠瓜 ⽡瓦 ⽢甘 ⽣生 ⽤用 ⽥田 ⽦疋 ⽧疒 ⽨癶 ⽩白 ⽪皮 ⽫皿 ⽬目 ⽭矛 ⽮矢 ⽯石',
  '⽰示 ⽱禸 ⽲禾 ⽳穴 ⽴立 ⽵竹 ⽶米 ⽷糸 ⽸缶 ⽹网 ⽺羊 ⽻羽 ⽼老 ⽽而 ⽾耒 ⽿耳',
  '⾀聿 ⾁肉 ⾂臣 ⾃自 ⾄至 ⾅臼 ⾆舌 ⾇舛 ⾈舟 ⾉艮 ⾊色 ⾋艸 ⾌虍 ⾍虫 ⾎血 ⾏行',
  '⾐衣 ⾑西 ⾒見 ⾓角 ⾔言 ⾕谷 ⾖豆 ⾗豕 ⾘豸 ⾙貝 ⾚赤 ⾛走 ⾜足 ⾝身 ⾞車 ⾟辛',
  '⾠辰 ⾡辵 ⾢邑 ⾣酉 ⾤釆 ⾥里 ⾦金 ⾧長 ⾨門 ⾩阜 ⾪隶 ⾫隹 ⾬雨 ⾭青 ⾮非 ⾯面',
  '⾰革 ⾱韋 ⾲韭 ⾳音 ⾴頁 ⾵風 ⾶飛 ⾷食 ⾸首 ⾹香 ⾺馬 ⾻骨 ⾼高 ⾽髟 ⾾鬥 ⾿鬯',
  '⿀鬲 ⿁鬼 ⿂魚 ⿃鳥 ⿄鹵 ⿅鹿 ⿆麥 ⿇麻 ⿈黄 ⿉黍 ⿊黑 ⿋黹 ⿌黽 ⿍鼎 ⿎鼓 ⿏鼠',
  '⿐鼻 ⿑齊 ⿒齒 ⿓龍 ⿔龜 ⿕龠',
];

/**
 * CJK Radicals Supplement U+2E80–U+2EF3, by hand: NFKC maps only ⺟ and ⻳. Every radical with a
 * standard character of the same form is listed (the C-SIMPLIFIED radicals to their simplified
 * characters, side forms such as ⺅ ⺡ ⺘ to the unified side-form ideographs 亻 氵 扌); radicals
 * whose form exists only outside the BMP or as part of other characters (⺂ ⺈ ⺌ ⺍ …) are left.
 */
const SUPPLEMENT = [
  '⺁厂 ⺅亻 ⺆冂 ⺉刂 ⺊卜 ⺋㔾 ⺎兀 ⺏尣 ⺐尢 ⺒巳 ⺓幺 ⺔彑 ⺖忄 ⺘扌 ⺙攵 ⺛旡',
  '⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫 ⺦丬 ⺨犭 ⺩王 ⺫罒 ⺬示 ⺭礻 ⺯糸',
  '⺰纟 ⺲罒 ⺳㓁 ⺴罓 ⺹耂 ⺺肀 ⺻聿 ⺼月 ⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见',
  '⻆角 ⻈讠 ⻉贝 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏阝 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻖阝 ⻗雨 ⻘青',
  '⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻟飠 ⻠饣 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾',
  '⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻲亀 ⻳龟',
];

function tableOf(rows: readonly string[]): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const row of rows) {
    for (const pair of row.split(' ')) {
      const [radical, ideograph] = [...pair];
      table.set(radical, ideograph);
    }
  }
  return table;
}

/** Radical → unified ideograph, both blocks. */
export const RADICAL_IDEOGRAPHS: ReadonlyMap<string, string> = tableOf([...KANGXI, ...SUPPLEMENT]);

/** Any character of the two radical blocks (a cheap pre-check before folding). */
export const RADICAL_CHARACTER = /[\u2e80-\u2eff\u2f00-\u2fdf]/u;

/**
 * Replaces every radical code point that has an ideograph of the same form by that ideograph
 * (`⼈⺠法院` → `人民法院`). Returns the text and how many characters it replaced.
 */
export function foldRadicals(text: string): { text: string; count: number } {
  if (!RADICAL_CHARACTER.test(text)) return { text, count: 0 };
  let count = 0;
  let result = '';
  for (const char of text) {
    const ideograph = RADICAL_IDEOGRAPHS.get(char);
    if (ideograph) count++;
    result += ideograph ?? char;
  }
  return { text: result, count };
}
