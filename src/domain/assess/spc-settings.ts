/**
 * The analyst's SPC choices for one indicator (a baseline, the periods where the process changed
 * and why), checked against the indicator's series and merged into the workspace's settings.
 * The settings are kept with the workspace, go into its file and are published in config.json's
 * `spc` block (model/spc-config.ts), so every reader sees the same limits.
 */
import { SPC_MIN_POINTS, type SpcInputPoint } from './spc';
import { DEFAULT_SPC_SETTINGS, SPC_REASON_MAX, type PeriodKey, type SpcSettings } from '../model';

/** One recalculation point as the analyst gives it. */
export interface SpcRecalculationChoice {
  readonly period: string;
  readonly reason: string;
}

/** What the analyst chooses for one indicator (and the run length, for every indicator). */
export interface SpcChoice {
  readonly run: 6 | 7;
  /** Limits from the first N figures; null: from every figure. */
  readonly baseline: number | null;
  readonly recalculations: readonly SpcRecalculationChoice[];
}

/** A problem with a choice, tied to the field it is about (for the form's error summary). */
export interface SpcChoiceError {
  /** 'baseline', or 'recalculation-<index>' for the recalculation at that index. */
  readonly field: string;
  readonly message: string;
}

export interface SpcChoiceCheck {
  readonly errors: readonly SpcChoiceError[];
  /** Allowed but worth knowing: a segment too short for limits. */
  readonly warnings: readonly string[];
}

const figures = (n: number) => `${String(n)} figure${n === 1 ? '' : 's'}`;

/** The choice for `indicator` held in `settings` (what the form starts from). */
export function spcChoiceOf(settings: SpcSettings | undefined, indicator: string): SpcChoice {
  const held = settings ?? DEFAULT_SPC_SETTINGS;
  const reasons = held.reasons?.get(indicator);
  return {
    run: held.run,
    baseline: held.baselines.get(indicator) ?? null,
    recalculations: (held.recalculations.get(indicator) ?? []).map((period) => ({
      period,
      reason: reasons?.get(period) ?? '',
    })),
  };
}

/**
 * Problems with `choice` for a series (oldest first, gaps as null): a baseline is a whole number
 * from 13 to the series' figures; a recalculation period is in the series, not its first period,
 * given once, with a reason of at most 200 characters. Segments with fewer than 13 figures are
 * allowed (they show the mean only) and said as warnings.
 */
export function checkSpcChoice(
  choice: SpcChoice,
  series: readonly SpcInputPoint[],
): SpcChoiceCheck {
  const errors: SpcChoiceError[] = [];
  const warnings: string[] = [];
  const count = series.filter((p) => p.value !== null).length;
  const { baseline } = choice;
  if (baseline !== null) {
    if (!Number.isInteger(baseline))
      errors.push({ field: 'baseline', message: 'The baseline must be a whole number of points.' });
    else if (count < SPC_MIN_POINTS)
      errors.push({
        field: 'baseline',
        message: `A baseline needs at least ${String(SPC_MIN_POINTS)} figures; this series has ${figures(count)}.`,
      });
    else if (baseline < SPC_MIN_POINTS || baseline > count)
      errors.push({
        field: 'baseline',
        message: `The baseline must be from ${String(SPC_MIN_POINTS)} to ${String(count)} points (the figures in this series); ${String(baseline)} is not.`,
      });
  }
  const index = new Map(series.map((p, i) => [p.period, i]));
  const seen = new Set<string>();
  const starts: number[] = [];
  choice.recalculations.forEach((recalculation, i) => {
    const field = `recalculation-${String(i)}`;
    const at = index.get(recalculation.period);
    if (recalculation.period === '')
      errors.push({
        field,
        message: `Choose the period where the process changed (recalculation point ${String(i + 1)}).`,
      });
    else if (at === undefined)
      errors.push({
        field,
        message: `${recalculation.period} is not in this series: choose a period from ${series[1]?.period ?? 'the second'} to ${series.at(-1)?.period ?? 'the last'}.`,
      });
    else if (at === 0)
      errors.push({
        field,
        message: `${recalculation.period} is the first period of the series: limits already start there. Choose a later period.`,
      });
    else if (seen.has(recalculation.period))
      errors.push({ field, message: `${recalculation.period} is given twice.` });
    else starts.push(at);
    seen.add(recalculation.period);
    if (recalculation.reason.trim() === '')
      errors.push({
        field: `${field}-reason`,
        message: `Say why the process changed at ${recalculation.period || `recalculation point ${String(i + 1)}`} (for example "new front-door model").`,
      });
    else if (recalculation.reason.length > SPC_REASON_MAX)
      errors.push({
        field: `${field}-reason`,
        message: `The reason for ${recalculation.period} is ${String(recalculation.reason.length)} characters; keep it to ${String(SPC_REASON_MAX)}.`,
      });
  });
  const bounds = [0, ...starts.sort((a, b) => a - b), series.length];
  for (let s = 0; s + 1 < bounds.length; s++) {
    const from = bounds[s] ?? 0;
    const slice = series.slice(from, bounds[s + 1]);
    const n = slice.filter((p) => p.value !== null).length;
    if (n < SPC_MIN_POINTS)
      warnings.push(
        `The points from ${slice[0]?.period ?? ''} to ${slice.at(-1)?.period ?? ''} have ${figures(n)}: limits need at least ${String(SPC_MIN_POINTS)}, so that part shows its mean only, with no limits or special causes.`,
      );
  }
  return { errors, warnings };
}

/**
 * `settings` with `choice` for `indicator` in place of what it held (the run length is for every
 * indicator). Recalculation periods are kept oldest first as `order` gives them (the series'
 * periods); reasons are trimmed. Other indicators' settings are untouched.
 */
export function withSpcChoice(
  settings: SpcSettings | undefined,
  indicator: string,
  choice: SpcChoice,
  order: readonly PeriodKey[],
): SpcSettings {
  const held = settings ?? DEFAULT_SPC_SETTINGS;
  const baselines = new Map(held.baselines);
  const recalculations = new Map(held.recalculations);
  const reasons = new Map(held.reasons ?? []);
  baselines.delete(indicator);
  recalculations.delete(indicator);
  reasons.delete(indicator);
  if (choice.baseline !== null) baselines.set(indicator, choice.baseline);
  const position = new Map(order.map((period, i) => [period, i]));
  const sorted = [...choice.recalculations].sort(
    (a, b) => (position.get(a.period) ?? 0) - (position.get(b.period) ?? 0),
  );
  if (sorted.length > 0) {
    recalculations.set(
      indicator,
      sorted.map((r) => r.period),
    );
    reasons.set(indicator, new Map(sorted.map((r) => [r.period, r.reason.trim()])));
  }
  return { run: choice.run, baselines, recalculations, reasons };
}
