/**
 * Publishing: the working dataset as exactly the files the hosted site reads from its data
 * folder: config.json and the CSVs it names (definitions, areas, each neighbour model, and the
 * figures, one file per source). A council copies them over `data/` on its web host; the site
 * then shows the same scorecard. Every figure is written once, in the file of the source that
 * won (so the published files hold no clashes), in the tidy layout, which reads back exactly.
 *
 * The officers' commentary, when there is any, goes in commentary.csv (named in config.json's
 * `commentary`), in the layout the importer reads back.
 *
 * Local (quarterly) figures are written one file per council, as config.json wants a council
 * for each local file; illustrative files keep their label.
 */
import type { Commentary } from '../model';
import type { DataFile } from '../model';
import { ENGLAND, type Area, type Observation } from '../model';
import type { AssembledScorecard } from '../import';
import { spcConfigJson } from '../model';
import { areasCsv } from './write-areas';
import { definitionsCsv } from './write-definitions';
import { commentaryCsv } from './write-commentary';
import { neighboursCsv } from './write-neighbours';
import { tidyCsv } from './write-tidy';

export interface PublishedFiles {
  /** File name -> its text, config.json first. */
  readonly files: ReadonlyMap<string, string>;
  /** Anything that could not be written exactly, in plain English. */
  readonly problems: readonly string[];
}

const COUNCIL_CODE = /^E(06|07|08|09|10)\d{6}$/;

/** A file name config.json accepts (letters, digits, `.`, `_`, `-`; ending .csv). */
export function safeFileName(name: string): string {
  const stem = name
    .replace(/\.csv$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '');
  return `${stem === '' ? 'figures' : stem}.csv`;
}

function unique(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++)
    candidate = name.replace(/\.csv$/, `-${String(n)}.csv`);
  taken.add(candidate);
  return candidate;
}

/**
 * The published files for the working data. `dataAsAt` defaults to the configuration's.
 * Commentary, when there is any, is written to commentary.csv, named in config.json.
 */
export function publishFiles(
  data: AssembledScorecard,
  commentary: readonly Commentary[] = [],
): PublishedFiles {
  const { config, dataset } = data;
  const problems: string[] = [];
  const files = new Map<string, string>();
  const taken = new Set<string>(['config.json', 'definitions.csv', 'areas.csv', 'commentary.csv']);
  const entries: DataFile[] = [];

  const definitions = definitionsCsv(dataset.indicators.values());
  problems.push(...definitions.lost);
  files.set('definitions.csv', definitions.text);
  entries.push({
    role: 'definitions',
    path: 'definitions.csv',
    model: null,
    area: null,
    illustrative: false,
    label: null,
  });
  files.set('areas.csv', areasCsv(dataset.areas.values()));
  entries.push({
    role: 'areas',
    path: 'areas.csv',
    model: null,
    area: null,
    illustrative: false,
    label: null,
  });
  for (const [model, lists] of [...dataset.neighbours].sort(([a], [b]) => b.localeCompare(a))) {
    const path = unique(`neighbours-${model}.csv`, taken);
    files.set(path, neighboursCsv(model, lists, dataset.areas));
    entries.push({ role: 'neighbours', path, model, area: null, illustrative: false, label: null });
  }

  // Every figure once, grouped by the file it came from. Figures for an indicator with no
  // definition are shown nowhere, so they are not published either (and the problems say so).
  const bySource = new Map<string, Observation[]>();
  for (const [indicator, byArea] of dataset.observations) {
    if (!dataset.indicators.has(indicator)) {
      let count = 0;
      for (const byPeriod of byArea.values()) count += byPeriod.size;
      problems.push(
        `${String(count)} figure${count === 1 ? '' : 's'} for "${indicator}" ${count === 1 ? 'was' : 'were'} left out: the scorecard has no definition for it, so it is shown nowhere.`,
      );
      continue;
    }
    for (const byPeriod of byArea.values()) {
      for (const observation of byPeriod.values()) {
        let list = bySource.get(observation.source.file);
        if (!list) {
          list = [];
          bySource.set(observation.source.file, list);
        }
        list.push(observation);
      }
    }
  }
  const configured = new Map(config.files.map((file) => [file.path, file]));
  const local: DataFile[] = [];
  const published: DataFile[] = [];
  for (const [source, observations] of bySource) {
    const entry = configured.get(source);
    if (entry?.role === 'local') {
      const byCouncil = new Map<string, Observation[]>();
      const other: Observation[] = [];
      for (const observation of observations) {
        if (!COUNCIL_CODE.test(observation.area)) {
          other.push(observation);
          continue;
        }
        let list = byCouncil.get(observation.area);
        if (!list) {
          list = [];
          byCouncil.set(observation.area, list);
        }
        list.push(observation);
      }
      for (const [council, list] of byCouncil) {
        const base = safeFileName(source);
        const path = unique(
          byCouncil.size === 1 ? base : base.replace(/\.csv$/, `-${council}.csv`),
          taken,
        );
        files.set(path, tidyCsv(list));
        local.push({
          role: 'local',
          path,
          model: null,
          area: council,
          illustrative: entry.illustrative,
          label: entry.label,
        });
      }
      if (other.length > 0) {
        const path = unique(safeFileName(source).replace(/\.csv$/, '-areas.csv'), taken);
        files.set(path, tidyCsv(other));
        published.push({
          role: 'published',
          path,
          model: null,
          area: null,
          illustrative: false,
          label: entry.label,
        });
      }
      continue;
    }
    const path = unique(safeFileName(source), taken);
    files.set(path, tidyCsv(observations));
    published.push({
      role: 'published',
      path,
      model: null,
      area: null,
      illustrative: entry?.illustrative ?? false,
      label: entry?.label ?? null,
    });
  }
  if (published.length === 0) {
    const path = unique('published.csv', taken);
    files.set(path, tidyCsv([]));
    published.push({
      role: 'published',
      path,
      model: null,
      area: null,
      illustrative: false,
      label: null,
    });
  }
  entries.push(...local, ...published);

  const written = commentaryCsv(commentary);
  problems.push(...written.lost);
  const hasCommentary = written.count > 0;
  if (hasCommentary) files.set('commentary.csv', written.text);

  const authority: Area | undefined = dataset.areas.get(config.authority);
  const json = {
    about: `Settings for the children's services scorecard, published from the Data page. Edit this file on the web host to choose the council, neighbour model, comparators and data files; no rebuild is needed. See README.md.`,
    version: `${config.dataAsAt}+${data.version}`,
    dataAsAt: config.dataAsAt,
    authority: { code: config.authority, name: authority?.name ?? config.authority },
    statisticalNeighbours: { model: config.neighbourModel, average: config.neighbourAverage },
    comparators: config.comparators,
    rag: config.rag,
    ...(config.spc && spcConfigJson(config.spc) ? { spc: spcConfigJson(config.spc) } : {}),
    files: entries.map((file) => ({
      role: file.role,
      path: file.path,
      ...(file.model === null ? {} : { model: file.model }),
      ...(file.area === null ? {} : { area: file.area }),
      ...(file.illustrative ? { illustrative: true } : {}),
      ...(file.label === null ? {} : { label: file.label }),
    })),
    ...(hasCommentary ? { commentary: 'commentary.csv' } : {}),
  };
  const ordered = new Map<string, string>([['config.json', `${JSON.stringify(json, null, 2)}\n`]]);
  for (const [name, text] of files) ordered.set(name, text);
  if (!dataset.areas.has(ENGLAND)) problems.push('The area register has no England (E92000001).');
  return { files: ordered, problems };
}
