/**
 * Reading the web host's commentary file. Loaded on demand by useCommentary, only when
 * config.json names a commentary file, so its reader and the CSV parser stay out of the page's
 * first chunk.
 */
import { formatIssue, readCommentaryCsv, type AssembledScorecard } from '../domain/import';
import type { Commentary } from '../domain/model';
import { DATA_FOLDER } from './load-scorecard';

/** The web host's commentary for `hosted` (none when config.json names no commentary file). */
export async function loadHostedCommentary(
  hosted: AssembledScorecard,
  fetchBytes: (path: string) => Promise<Uint8Array | null>,
): Promise<{ commentary: readonly Commentary[]; problems: string[] }> {
  const name = hosted.config.commentary;
  if (name === undefined) return { commentary: [], problems: [] };
  const bytes = await fetchBytes(`${DATA_FOLDER}${name}`);
  if (!bytes)
    return {
      commentary: [],
      problems: [
        `The commentary file ${name} named in config.json could not be read from the web host.`,
      ],
    };
  const read = readCommentaryCsv(bytes, name, {
    indicators: hosted.dataset.indicators,
    areas: hosted.dataset.areas,
  });
  return {
    commentary: read.commentary,
    problems: read.report.errors.map((e) => formatIssue(name, e)),
  };
}
