// Test material: court news in traditional characters, as a Big5 page from Hong Kong
// or Taiwan carries it (the decode and import tests encode it to Big5 bytes).
export const TRADITIONAL_PAGE = [
  '呼和浩特市中級人民法院開展普法宣傳進社區活動',
  '',
  '本報訊（通訊員　王曉明）為進一步增強群眾法治意識，呼和浩特市中級人民法院組織幹警走進社區，',
  '圍繞婚姻家庭、民間借貸等群眾關心的問題開展普法宣傳，發放宣傳資料三百餘份，現場解答法律諮詢四十餘人次。',
  '',
  '法院審理一起民間借貸糾紛案件，依法判決被告償還借款本金及利息，維護了當事人的合法權益。',
].join('\n');
