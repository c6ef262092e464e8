import { describe, expect, it } from 'vitest';
import { datelineNamesCourtSeat, datelinePlace } from './dateline-place';
import { TEST_COURTS } from './test-courts';

const court = (name: string) => TEST_COURTS.find((candidate) => candidate.name === name)!;

describe('datelinePlace', () => {
  it('takes the place out of the usual dateline shapes', () => {
    expect(datelinePlace('赤峰讯')).toBe('赤峰');
    expect(datelinePlace('本报鄂托克旗讯')).toBe('鄂托克旗');
    expect(datelinePlace('本报包头6月5日电')).toBe('包头');
    expect(datelinePlace('本报讯')).toBeNull();
    expect(datelinePlace(null)).toBeNull();
  });
});

describe('datelineNamesCourtSeat', () => {
  it('matches the city or league of a court, and the locality of a basic court', () => {
    expect(datelineNamesCourtSeat('赤峰', court('赤峰市中级人民法院'))).toBe(true);
    expect(datelineNamesCourtSeat('锡林郭勒', court('锡林郭勒盟中级人民法院'))).toBe(true);
    expect(datelineNamesCourtSeat('鄂托克旗', court('鄂尔多斯市鄂托克旗人民法院'))).toBe(true);
    expect(datelineNamesCourtSeat('赤峰', court('鄂尔多斯市中级人民法院'))).toBe(false);
  });
});
