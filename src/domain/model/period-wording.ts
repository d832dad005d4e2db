/**
 * How a figure's period is worded, by how the indicator is measured (see docs/periods.md):
 * - in period (a count or rate over the period): a year is "2024-25 (year to 31 March 2025)",
 *   a quarter "2026-27 Q2 (July to September 2026)", a month "September 2026";
 * - snapshot (a count at a date): "at 30 September 2025", whatever key it is stored under;
 * - rolling 12 months: "12 months to 30 September 2025";
 * - year to date: a year as in period, a quarter "April to September 2026 (2026-27 to date)".
 * A key that does not parse is shown as it is.
 */
import { formatDate } from './format';
import { fyLabel, parsePeriodKey, periodEnd, periodLabel, periodStart } from './periods';
import type { MeasurementType, Period, PeriodKey } from './types';

const yearTo = (period: Period): string =>
  `${periodLabel(period)} (year to ${formatDate(periodEnd(period))})`;

/** The period of one figure, as a member reads it (see the module comment). */
export function figurePeriodLabel(measurement: MeasurementType, key: PeriodKey): string {
  const period = parsePeriodKey(key);
  if (!period) return key;
  const endText = formatDate(periodEnd(period));
  switch (measurement) {
    case 'snapshot':
      return `at ${endText}`;
    case 'rolling-12-months':
      return `12 months to ${endText}`;
    case 'in-period':
      return period.kind === 'year'
        ? yearTo(period)
        : period.kind === 'quarter'
          ? `${periodLabel(period)} (${periodLabel(period, 'long')})`
          : periodLabel(period, 'long');
    case 'year-to-date': {
      if (period.kind === 'year') return yearTo(period);
      const fy =
        period.kind === 'quarter' ? period.fy : period.month >= 4 ? period.year : period.year - 1;
      const start = periodStart({ kind: 'year', fy });
      const end = periodEnd(period);
      const from = formatDate(start).replace(/^\d+ /, '');
      const to = formatDate(end).replace(/^\d+ /, '');
      const fromText = start.getFullYear() === end.getFullYear() ? from.replace(/ \d+$/, '') : from;
      return `${fromText} to ${to} (${fyLabel(fy)} to date)`;
    }
  }
}

/** The same, to follow a figure in a sentence: "at 30 September 2025", "in 2024-25 (…)". */
export function figurePeriodPhrase(measurement: MeasurementType, key: PeriodKey): string {
  const label = figurePeriodLabel(measurement, key);
  if (label === key) return `in ${key}`;
  switch (measurement) {
    case 'snapshot':
      return label;
    case 'rolling-12-months':
      return `in the ${label}`;
    default:
      return `in ${label}`;
  }
}

/**
 * A reporting date as the period picker and the running header show it: a local quarter as
 * "2026-27 Q2 (July to September 2026)"; otherwise the date itself, "30 September 2025", with
 * the financial year for a year ("31 March 2025 (end of 2024-25)").
 */
export function reportingDateLabel(key: PeriodKey, localQuarters: boolean): string {
  const period = parsePeriodKey(key);
  if (!period) return key;
  if (localQuarters && period.kind !== 'year') {
    return `${periodLabel(period)} (${periodLabel(period, 'long')})`;
  }
  const end = formatDate(periodEnd(period));
  return period.kind === 'year' ? `${end} (end of ${periodLabel(period)})` : end;
}

/**
 * An earlier period named by a direction of travel ("Improving since …", "Better than …"), as
 * its figure is worded, without "at": a quarter "2026-27 Q1 (April to June 2026)" (to date:
 * "April to June 2026 (2026-27 to date)"), a snapshot
 * "30 September 2024", a year "2023-24 (year to 31 March 2024)", a rolling figure "the 12 months
 * to 30 June 2026". A key that does not parse is shown as it is.
 */
export function earlierPeriodLabel(measurement: MeasurementType, key: PeriodKey): string {
  const period = parsePeriodKey(key);
  if (!period) return key;
  switch (measurement) {
    case 'snapshot':
      return formatDate(periodEnd(period));
    case 'rolling-12-months':
      return `the 12 months to ${formatDate(periodEnd(period))}`;
    case 'in-period':
    case 'year-to-date':
      // In full, even for a quarter of the same year: "since 2026-27 Q1 (April to June 2026)",
      // never "since Q1", which a member cannot quote without the year.
      return figurePeriodLabel(measurement, key);
  }
}
