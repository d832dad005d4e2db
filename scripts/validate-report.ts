/**
 * The pure core of `npm run validate -- FILE...` (scripts/validate.ts does the file reading):
 * arguments in, every file imported, the reports out as plain English or as one JSON object,
 * and the exit code (1 when any file has errors or loads nothing).
 */
import { parse } from 'date-fns';
import type { ImportContext } from '../src/domain/import';
import { importFile } from '../src/domain/import';
import { formatReport, reportToJson, type ReportJson } from '../src/domain/import';

export interface ValidateOptions {
  readonly files: readonly string[];
  readonly json: boolean;
  readonly values: boolean;
  /** A register file to use instead of the repository's own. */
  readonly areas: string | null;
  /** A definitions file to use instead of the repository's own. */
  readonly definitions: string | null;
  /** The council for wide scorecards that do not say (code, old code or name). */
  readonly area: string | null;
  /** "Now" for the "has not ended yet" check, as YYYY-MM-DD; null for today. */
  readonly now: string | null;
}

export const VALIDATE_USAGE = `Usage: npm run validate -- [options] FILE...

Checks each file as the scorecard would import it and prints what was loaded, rejected and
skipped, with every error and warning. Exits with 0 when every file is clean, and with 1
when any file has errors or loads nothing at all.

Options:
  --json               print one JSON object: {"files": [{file, layout, encoding, lines, loaded,
                       rejected, skipped, warnings, errors}]}
  --values             with --json, list every value: {indicator, period, area, value}
  --areas FILE         the area register to use (default: public/data/areas.csv, else DfE's
                       lookups in sources/dfe/lookups)
  --definitions FILE   the indicator definitions to use (default: public/data/definitions.csv,
                       else LAIT's dictionary in sources/dfe/lait)
  --area CODE          the council a wide scorecard is for, when the file does not say
  --now YYYY-MM-DD     judge "has not ended yet" as on this date (default: today)`;

/** Reads the command line; returns a message for anything it cannot use. */
export function parseValidateArgs(
  argv: readonly string[],
): ValidateOptions | { readonly error: string } {
  const files: string[] = [];
  const options = {
    json: false,
    values: false,
    areas: null as string | null,
    definitions: null as string | null,
    area: null as string | null,
    now: null as string | null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const next = () => {
      const value = argv[i + 1];
      i++;
      return value;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--values') options.values = true;
    else if (arg === '--areas' || arg === '--definitions' || arg === '--area' || arg === '--now') {
      const value = next();
      if (value === undefined || value.startsWith('--')) return { error: `${arg} needs a value.` };
      if (arg === '--areas') options.areas = value;
      else if (arg === '--definitions') options.definitions = value;
      else if (arg === '--area') options.area = value;
      else {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
          return { error: '--now needs a date written YYYY-MM-DD.' };
        options.now = value;
      }
    } else if (arg === '--help' || arg === '-h') return { error: VALIDATE_USAGE };
    else if (arg.startsWith('--')) return { error: `Unknown option ${arg}.\n\n${VALIDATE_USAGE}` };
    else files.push(arg);
  }
  if (files.length === 0) return { error: VALIDATE_USAGE };
  if (options.values && !options.json) return { error: '--values only works with --json.' };
  return { files, ...options };
}

/** "Now" for an options object: the --now date (at noon, local time) or the given clock. */
export function validateNow(options: ValidateOptions, clock: Date): Date {
  if (options.now === null) return clock;
  return parse(`${options.now} 12`, 'yyyy-MM-dd HH', clock);
}

export interface ValidateFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Imports each file and renders the reports: plain English (one block per file) or exactly one
 * JSON object `{"files": [...]}`. `exitCode` is 1 when any file has errors or loads nothing
 * (no line loaded: not a clean file), else 0.
 */
export function validateFiles(
  files: readonly ValidateFile[],
  context: ImportContext,
  options: Pick<ValidateOptions, 'json' | 'values'>,
): { readonly output: string; readonly exitCode: number } {
  const reports: ReportJson[] = [];
  const blocks: string[] = [];
  let failed = false;
  for (const file of files) {
    const result = importFile(file.bytes, file.name, context);
    if (result.report.errors.length > 0 || result.report.loaded === 0) failed = true;
    if (options.json)
      reports.push(reportToJson(result.report, options.values ? result.observations : undefined));
    else blocks.push(formatReport(result.report));
  }
  const output = options.json ? JSON.stringify({ files: reports }, null, 2) : blocks.join('\n\n');
  return { output, exitCode: failed ? 1 : 0 };
}
