// Han personal names open on a surname from a small closed set: the hundred-odd commonest cover
// most of the people a court page names (its writers, judges, parties). A phrase whose every word
// opens on one reads as names (田晓燕 张磊); a head's phrases rarely do (法官 护航: 法 is no common
// surname). Mongolian and other names carry no surname, so this is evidence for names, never against.

const COMMON_SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝鄂'],
);
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒'];

/** One Han name of two to four characters led by a common surname. */
export function isSurnameLedName(word: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(word)) return false;
  if (COMPOUND_SURNAMES.some((surname) => word.startsWith(surname))) return word.length >= 3;
  return word.length <= 3 && COMMON_SURNAMES.has(word[0]);
}

/** Two or more names set apart by spaces, each led by a common surname (田晓燕 张磊). */
export function isSurnameLedNames(text: string): boolean {
  const words = text.trim().split(/[ \u3000]+/u);
  return words.length >= 2 && words.every(isSurnameLedName);
}
