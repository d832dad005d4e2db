/** Messages between the page and the import worker. Plain data only. */
import type { ScorecardConfig } from '../domain/config';
import type { ImportedFile } from '../domain/scorecard-data';

export type WorkerRequest = {
  readonly id: number;
  readonly kind: 'scorecard';
  readonly config: ScorecardConfig;
  /** File path and its bytes (transferred). */
  readonly files: readonly (readonly [string, ArrayBuffer])[];
  /** Milliseconds since 1970, the page's "now". */
  readonly now: number;
};

export type WorkerResponse =
  | {
      readonly id: number;
      readonly kind: 'scorecard';
      readonly imported: readonly ImportedFile[];
      readonly version: string;
    }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/** The typed-array buffers in imported files, to transfer rather than copy. */
export function transferablesOf(imported: readonly ImportedFile[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { result } of imported) {
    if (!result) continue;
    const columns = result.observations;
    for (const array of [
      columns.indicator,
      columns.area,
      columns.period,
      columns.value,
      columns.state,
      columns.flags,
      columns.numerator,
      columns.denominator,
      columns.line,
    ]) {
      if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
    }
  }
  return [...buffers];
}
