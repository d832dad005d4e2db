/**
 * DfE LAIT long files: `Short Desc, Data item, Years, LA and Regions, Values, LA Number, Region`.
 * Measures are matched by `Short Desc` (lait-mapping.ts); `Data item` is filled for one year per
 * measure only and is not read. Areas by `LA Number` (DfE's 3-digit code), else by name (England
 * and the regions carry LAIT's own numbers 970-990). `-` is LAIT's documented missing marker.
 */
import type { Unit } from '../model';
import { cellAt, readValueCell, type FileInfo, type LayoutReader } from './layout';
import { LAIT_MEASURES, type LaitMeasure } from './lait-mapping';
import type { Staging } from './staging';
import { normaliseHeader } from './vocabulary';

const NOT_LOADED = 'This row was not loaded.';

export function laitReader(info: FileInfo, staging: Staging): LayoutReader {
  const { report } = info;
  const position = (name: string) => info.header.findIndex((h) => normaliseHeader(h) === name);
  const col = {
    shortDesc: position('short_desc'),
    years: position('years'),
    area: position('la_and_regions'),
    values: position('values'),
    number: position('la_number'),
  };
  const header = (index: number) => (info.header[index] ?? '').trim();
  const valueColumn = staging.columnCode(header(col.values));
  const measures = new Map<string, LaitMeasure>(LAIT_MEASURES.map((m) => [m.shortDesc, m]));
  const units = new Map<string, Unit>();
  const measureCache = new Map<string, { code: number; measure: LaitMeasure } | null>();
  const areaCache = new Map<string, { code: number; error: string | null }>();
  const periodCache = new Map<string, number>();

  return {
    row(cells, line) {
      const shortDesc = cellAt(cells, col.shortDesc).trim();
      let entry = measureCache.get(shortDesc);
      if (entry === undefined) {
        const measure = measures.get(shortDesc);
        entry = measure ? { code: staging.indicatorCode(measure.indicator), measure } : null;
        measureCache.set(shortDesc, entry);
      }
      if (entry === null) {
        report.skip(line, 'not a measure the scorecard uses');
        return;
      }
      const { measure } = entry;
      const unit =
        units.get(measure.indicator) ??
        info.context.indicators.get(measure.indicator)?.unit ??
        measure.unit;
      units.set(measure.indicator, unit);

      const number = cellAt(cells, col.number).trim();
      const name = cellAt(cells, col.area).trim();
      const areaKey = `${number}\u0000${name}`;
      let area = areaCache.get(areaKey);
      if (!area) {
        let resolved = number === '' ? undefined : info.areas.byOld(number);
        if (!resolved && name !== '') {
          const byName = info.areas.byNameLookup(name);
          if (byName.ok) resolved = byName.area;
        }
        area = resolved
          ? { code: staging.areaCode(resolved.code), error: null }
          : {
              code: 0,
              error: `"${name}" (LA Number ${number === '' ? 'blank' : number}) is not in the area register.`,
            };
        areaCache.set(areaKey, area);
      }
      if (area.error !== null) {
        report.error(line, header(col.area), name, `${area.error} ${NOT_LOADED}`);
        return;
      }

      const years = cellAt(cells, col.years).trim();
      const periodKey = `${years}\u0000${measure.timing}`;
      let period = periodCache.get(periodKey);
      if (period === undefined) {
        period = staging.periodCode(periodKey, {
          text: years,
          column: header(col.years),
          kind: measure.timing === '30-september' ? 'september' : 'reporting-year',
        });
        periodCache.set(periodKey, period);
      }
      const value = readValueCell(
        info,
        cellAt(cells, col.values),
        header(col.values),
        line,
        unit,
        `${measure.indicator} (${shortDesc})`,
        years,
        NOT_LOADED,
      );
      if (value === null) return;
      const row = staging.add(
        entry.code,
        area.code,
        period,
        value.value,
        value.missing,
        value.lowReliability,
        false,
        NaN,
        NaN,
        line,
        valueColumn,
        unit,
      );
      if (value.note !== null) staging.setNote(row, value.note);
    },
    finish() {
      return { observations: staging.finish() };
    },
  };
}
