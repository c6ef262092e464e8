import { describe, expect, it } from 'vitest';
import { compileCourtMatcher } from './compile-court-matcher';
import { TEST_COURTS } from './test-courts';

const courtsIn = (text: string) => compileCourtMatcher(TEST_COURTS).find(text).map((match) => match.court);

describe('compileCourtMatcher', () => {
  it('takes the longest form, so an intermediate court never also fires a basic one', () => {
    expect(courtsIn('鄂尔多斯市中级人民法院召开会议')).toEqual(['鄂尔多斯市中级人民法院']);
    expect(courtsIn('鄂尔多斯市鄂托克前旗人民法院')).toEqual(['鄂尔多斯市鄂托克前旗人民法院']);
    expect(courtsIn('鄂托克旗法院与鄂托克前旗法院')).toEqual(['鄂尔多斯市鄂托克旗人民法院', '鄂尔多斯市鄂托克前旗人民法院']);
  });

  it('reports where each form stands and how it names the court', () => {
    const [match] = compileCourtMatcher(TEST_COURTS).find('近日，翁旗法院');
    expect(match).toMatchObject({ form: '翁旗法院', kind: 'alias', start: 3, end: 7 });
  });

  it('consumes an ambiguous form whole without assigning it', () => {
    expect(courtsIn('新区法院开展活动')).toEqual([]);
    expect(courtsIn('赤峰市新区法院开展活动')).toEqual(['赤峰市新区人民法院']);
  });

  it('is built once per court list', () => {
    expect(compileCourtMatcher(TEST_COURTS)).toBe(compileCourtMatcher(TEST_COURTS));
    expect(compileCourtMatcher([...TEST_COURTS])).not.toBe(compileCourtMatcher(TEST_COURTS));
  });

  it('finds nothing in a procuratorate or a bare place name', () => {
    expect(courtsIn('赤峰市翁牛特旗人民检察院、翁牛特旗政法委、鄂尔多斯市')).toEqual([]);
  });
});
