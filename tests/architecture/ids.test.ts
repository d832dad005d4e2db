import { describe, expect, expectTypeOf, it } from 'vitest';
import { assessIndicator } from '../../src/domain/assess';
import {
  areaCode,
  indicatorId,
  type AreaCode,
  type IndicatorId,
  type PeriodKey,
} from '../../src/domain/model';

// Type-level tests: `npx tsc --noEmit` checks this file, and fails if an @ts-expect-error line
// compiles (that is, if one kind of id could be passed where another is expected).
describe('identifier types', () => {
  it('refuses one kind of id where another is expected', () => {
    const area: AreaCode = areaCode('E09000015');
    const indicator: IndicatorId = indicatorId('CSC-ASSESS-45');
    const period: PeriodKey = '2025-26 Q2';
    const takesIndicator = (id: IndicatorId): string => id;
    // @ts-expect-error an area code is not an indicator id
    takesIndicator(area);
    // @ts-expect-error a period key is not an indicator id
    takesIndicator(period);
    const takesArea = (code: AreaCode): string => code;
    // @ts-expect-error an indicator id is not an area code
    takesArea(indicator);
    expectTypeOf<AreaCode>().not.toExtend<IndicatorId>();
    expectTypeOf<IndicatorId>().not.toExtend<AreaCode>();
    expectTypeOf<PeriodKey>().not.toExtend<AreaCode>();
    // Each is a string at run time, and is read as one.
    expectTypeOf<AreaCode>().toExtend<string>();
    expect([takesIndicator(indicator), takesArea(area)]).toEqual(['CSC-ASSESS-45', 'E09000015']);
  });

  it('keeps the indicator and area of assessIndicator apart', () => {
    const area = areaCode('E09000015');
    const indicator = indicatorId('CSC-ASSESS-45');
    type Parameters_ = Parameters<typeof assessIndicator>;
    expectTypeOf<Parameters_[1]>().toEqualTypeOf<IndicatorId>();
    expectTypeOf<Parameters_[2]>().toEqualTypeOf<AreaCode>();
    const swapped = (dataset: Parameters_[0]) =>
      // @ts-expect-error the area and indicator are swapped
      assessIndicator(dataset, area, indicator, '2025-26 Q2');
    expect(typeof swapped).toBe('function');
  });
});
