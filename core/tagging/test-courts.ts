import type { Court } from '../model/vocabulary';

// A small vocabulary for tests: a high court, two cities with their intermediate courts, and
// basic courts including a district name ("新区") that both cities have.
export const TEST_COURTS: Court[] = [
  { name: '内蒙古自治区高级人民法院', level: 'high', parent: null, region: null, aliases: ['区高院'] },
  { name: '鄂尔多斯市中级人民法院', level: 'intermediate', parent: null, region: '鄂尔多斯市', aliases: [] },
  { name: '赤峰市中级人民法院', level: 'intermediate', parent: null, region: '赤峰市', aliases: [] },
  { name: '锡林郭勒盟中级人民法院', level: 'intermediate', parent: null, region: '锡林郭勒盟', aliases: ['锡盟中院'] },
  { name: '鄂尔多斯市康巴什区人民法院', level: 'basic', parent: '鄂尔多斯市中级人民法院', region: '鄂尔多斯市', aliases: [] },
  { name: '鄂尔多斯市鄂托克旗人民法院', level: 'basic', parent: '鄂尔多斯市中级人民法院', region: '鄂尔多斯市', aliases: [] },
  { name: '鄂尔多斯市鄂托克前旗人民法院', level: 'basic', parent: '鄂尔多斯市中级人民法院', region: '鄂尔多斯市', aliases: [] },
  { name: '鄂尔多斯市新区人民法院', level: 'basic', parent: '鄂尔多斯市中级人民法院', region: '鄂尔多斯市', aliases: [] },
  { name: '赤峰市新区人民法院', level: 'basic', parent: '赤峰市中级人民法院', region: '赤峰市', aliases: [] },
  { name: '赤峰市翁牛特旗人民法院', level: 'basic', parent: '赤峰市中级人民法院', region: '赤峰市', aliases: ['翁旗法院'] },
  { name: '包头稀土高新技术产业开发区人民法院', level: 'basic', parent: null, region: '包头市', aliases: [] },
  { name: '满洲里市人民法院', level: 'basic', parent: null, region: '呼伦贝尔市', aliases: [] },
];
