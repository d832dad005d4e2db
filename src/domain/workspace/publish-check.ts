/**
 * The last check before files go to the web host: every file Publish wrote is read back with the
 * importer the hosted site uses, exactly as the site would read it (config.json first, then each
 * file it names), and the set is refused if the site would not read it cleanly or would show a
 * different number of figures, definitions or areas than the working data holds. The commentary
 * file is read back too (the site reads it with the same reader), and a file written that
 * config.json does not name is refused: the site would never read it.
 */
import {
  DEFAULT_SPC_SETTINGS,
  echo,
  parseConfig,
  sameSpcSettings,
  type Commentary,
} from '../model';
import { hostedFaults, readCommentaryCsv } from '../import';
import type { PublishedFiles } from './publish';
import type { AssembledScorecard } from '../import';
import { importScorecardFiles } from '../import';

const plural = (n: number, word: string) =>
  `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
const commentaries = (n: number) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? 'commentary' : 'commentaries'}`;

/**
 * Problems with `published` as the hosted site would read it, in plain English; empty when the
 * site would read every file cleanly and show what `data` holds. `now` decides which periods
 * have ended (as the site will, when it reads them).
 */
export function checkPublished(
  published: PublishedFiles,
  data: AssembledScorecard,
  now: Date,
  commentary: readonly Commentary[] = [],
): string[] {
  const encoder = new TextEncoder();
  const text = published.files.get('config.json');
  if (text === undefined) return ['config.json was not written.'];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return ['The config.json written is not valid JSON.'];
  }
  const { config, problems } = parseConfig(json);
  if (!config) return problems.map((problem) => `The config.json written: ${problem}`);
  const found: string[] = [];
  if (!sameSpcSettings(config.spc ?? DEFAULT_SPC_SETTINGS, data.config.spc ?? DEFAULT_SPC_SETTINGS))
    found.push(
      'The SPC settings (baselines and recalculation points) in the config.json written are not those of the working data.',
    );
  const bytes = new Map<string, Uint8Array>();
  for (const file of config.files) {
    const written = published.files.get(file.path);
    if (written !== undefined) bytes.set(file.path, encoder.encode(written));
  }
  const { imported } = importScorecardFiles(config, bytes, now);
  found.push(...hostedFaults(imported).map((fault) => fault.message));
  let figures = 0;
  let definitions = 0;
  let areas = 0;
  for (const { result } of imported) {
    figures += result?.observations.length ?? 0;
    definitions += result?.definitions.length ?? 0;
    areas += result?.areas.length ?? 0;
  }
  let held = 0;
  for (const byArea of data.dataset.observations.values())
    for (const byPeriod of byArea.values()) held += byPeriod.size;
  if (figures !== held)
    found.push(
      `The files hold ${plural(figures, 'figure')} as the web host would read them, but the working data has ${plural(held, 'figure')}.`,
    );
  if (definitions !== data.dataset.indicators.size)
    found.push(
      `The files hold ${plural(definitions, 'indicator definition')}, but the working data has ${plural(data.dataset.indicators.size, 'indicator definition')}.`,
    );
  if (areas !== data.dataset.areas.size)
    found.push(
      `The files hold ${plural(areas, 'area')}, but the working data has ${plural(data.dataset.areas.size, 'area')}.`,
    );
  found.push(...checkCommentary(published, config.commentary, data, commentary));
  const named = new Set(['config.json', ...config.files.map((file) => file.path)]);
  if (config.commentary !== undefined) named.add(config.commentary);
  for (const path of published.files.keys())
    if (!named.has(path))
      found.push(`${echo(path, 80)} was written, but config.json does not name it.`);
  return found;
}

/** The commentary file as the site would read it, against the commentary that was published. */
function checkCommentary(
  published: PublishedFiles,
  name: string | undefined,
  data: AssembledScorecard,
  commentary: readonly Commentary[],
): string[] {
  if (name === undefined)
    return commentary.length === 0
      ? []
      : [
          `config.json names no commentary file, so the web host would show none of the ${commentaries(commentary.length)} written.`,
        ];
  const text = published.files.get(name);
  if (text === undefined)
    return [`The commentary file ${name} named in config.json was not written.`];
  const read = readCommentaryCsv(new TextEncoder().encode(text), name, {
    indicators: data.dataset.indicators,
    areas: data.dataset.areas,
  });
  const first = read.report.errors[0];
  if (first)
    return [
      `The commentary file ${name} could not be read: ${plural(read.report.errors.length, 'problem')} (the first: ${first.line === 0 ? '' : `line ${first.line.toLocaleString('en-GB')}, `}${echo(first.message.replace(/\.$/, ''), 200)}).`,
    ];
  if (read.commentary.length !== commentary.length)
    return [
      `The commentary file ${name} holds ${commentaries(read.commentary.length)} as the web host would read it, but ${commentaries(commentary.length)} ${commentary.length === 1 ? 'was' : 'were'} written.`,
    ];
  return [];
}
