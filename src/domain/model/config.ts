/**
 * The scorecard's configuration (`public/data/config.json`): which council, which statistical
 * neighbour model, which comparators, the RAG defaults, and the data files with their roles.
 * parseConfig checks a parsed JSON value and reports every problem at once, in plain English,
 * each with its JSON path; it never throws.
 */
import { isMatch } from 'date-fns';
import { readSpcConfig, type SpcSettings } from './spc-config';
import { SN_AVERAGES, SN_MODELS, type SnAverage, type SnModel, type Tolerance } from './types';

export type DataFileRole = 'definitions' | 'areas' | 'neighbours' | 'published' | 'local';

export interface DataFile {
  readonly role: DataFileRole;
  /** File name relative to the data folder, e.g. `published.csv`. */
  readonly path: string;
  /** The neighbour model a `neighbours` file holds; null for every other role. */
  readonly model: SnModel | null;
  /** The council a `local` file is about (GSS code); null for every other role. */
  readonly area: string | null;
  /** True when the figures are made up for demonstration; the UI shows `label` with them. */
  readonly illustrative: boolean;
  /** Shown wherever the file's figures appear (required for illustrative files). */
  readonly label: string | null;
}

export interface RagDefaults {
  /** Amber band for percentage indicators (usually percentage points). */
  readonly percentTolerance: Tolerance;
  /** Amber band for every other unit (usually a percentage of the target). */
  readonly otherTolerance: Tolerance;
  readonly amberOnlyIfImproving: boolean;
  /** Whether "well above target" (blue) is shown at all. */
  readonly blue: boolean;
}

export interface ScorecardConfig {
  /** ISO date (YYYY-MM-DD) of the newest published figures in the data. */
  readonly dataAsAt: string;
  /** GSS code of the council the scorecard opens on. */
  readonly authority: string;
  readonly neighbourModel: SnModel;
  readonly neighbourAverage: SnAverage;
  readonly comparators: {
    readonly statisticalNeighbours: boolean;
    readonly region: boolean;
    readonly england: boolean;
  };
  readonly rag: RagDefaults;
  readonly files: readonly DataFile[];
  /** The commentary file (commentary.csv) in the data folder, when there is one. */
  readonly commentary?: string;
  /** XmR settings (spc-config.ts); absent means the defaults. */
  readonly spc?: SpcSettings;
}

export interface ParseConfigOptions {
  /**
   * GSS codes of the councils the data knows (from areas.csv). When given, `authority` and
   * each local file's `area` must be one of them; without it only their form is checked.
   */
  readonly knownAuthorities?: ReadonlySet<string>;
}

const ROLES: readonly DataFileRole[] = ['definitions', 'areas', 'neighbours', 'published', 'local'];
/** A council's GSS code: unitary, district, metropolitan, London borough or county. */
const COUNCIL_CODE = /^E(06|07|08|09|10)\d{6}$/;
/** A plain file name in the data folder: no folders, no URLs, ending .csv. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.csv$/;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const quoteList = (list: readonly string[]): string => list.map((item) => `"${item}"`).join(', ');

function isRealDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isMatch(text, 'yyyy-MM-dd');
}

/** Collects problems while reading fields; every reader returns a fallback so reading goes on. */
class Reader {
  readonly problems: string[] = [];

  problem(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  object(parent: Json, key: string, path: string): Json | null {
    const value = parent[key];
    if (value === undefined) {
      this.problem(path, 'is missing.');
      return null;
    }
    if (!isObject(value)) {
      this.problem(path, `should be an object ({ ... }), not ${show(value)}.`);
      return null;
    }
    return value;
  }

  text(parent: Json, key: string, path: string, optional = false): string | null {
    const value = parent[key];
    if (value === undefined) {
      if (!optional) this.problem(path, 'is missing.');
      return null;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.problem(path, `should be some text in quotes, not ${show(value)}.`);
      return null;
    }
    return value.trim();
  }

  flag(parent: Json, key: string, path: string, fallback: boolean, optional = false): boolean {
    const value = parent[key];
    if (value === undefined) {
      if (!optional) this.problem(path, 'is missing: write true or false.');
      return fallback;
    }
    if (typeof value !== 'boolean') {
      this.problem(path, `should be true or false (no quotes), not ${show(value)}.`);
      return fallback;
    }
    return value;
  }

  choice<T extends string>(
    parent: Json,
    key: string,
    path: string,
    allowed: readonly T[],
  ): T | null {
    const value = parent[key];
    if (value === undefined) {
      this.problem(path, `is missing: write one of ${quoteList(allowed)}.`);
      return null;
    }
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.problem(path, `${show(value)} is not one of ${quoteList(allowed)}.`);
      return null;
    }
    return value as T;
  }

  tolerance(parent: Json, key: string, path: string): Tolerance | null {
    const value = this.object(parent, key, path);
    if (!value) return null;
    const kind = value['kind'];
    if (kind === 'points') {
      const amount = value['amount'];
      if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
        this.problem(
          `${path}.amount`,
          `should be a number of points, 0 or more, not ${show(amount)}.`,
        );
        return null;
      }
      return { kind: 'points', amount };
    }
    if (kind === 'relative') {
      const percent = value['percent'];
      if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0) {
        this.problem(
          `${path}.percent`,
          `should be a percentage of the target, 0 or more, not ${show(percent)}.`,
        );
        return null;
      }
      return { kind: 'relative', percent };
    }
    this.problem(
      `${path}.kind`,
      `${show(kind)} is not "points" (a fixed amount) or "relative" (a percentage of the target).`,
    );
    return null;
  }
}

function readAuthorityCode(
  reader: Reader,
  value: string | null,
  path: string,
  known: ReadonlySet<string> | undefined,
): void {
  if (value === null) return;
  if (!COUNCIL_CODE.test(value)) {
    reader.problem(
      path,
      `"${value}" is not a council's 9-character GSS code (for example E09000015 for Harrow).`,
    );
  } else if (known && !known.has(value)) {
    reader.problem(path, `"${value}" is not a council in the areas file.`);
  }
}

function readFile(reader: Reader, value: unknown, path: string, known?: ReadonlySet<string>) {
  if (!isObject(value)) {
    reader.problem(path, `should be an object describing one file, not ${show(value)}.`);
    return null;
  }
  const role = reader.choice(value, 'role', `${path}.role`, ROLES);
  const file = reader.text(value, 'path', `${path}.path`);
  if (file !== null && !FILE_NAME.test(file)) {
    reader.problem(
      `${path}.path`,
      `"${file}" should be the name of a .csv file in the data folder (no folders or web addresses).`,
    );
  }
  let model: SnModel | null = null;
  if (role === 'neighbours') model = reader.choice(value, 'model', `${path}.model`, SN_MODELS);
  else if (value['model'] !== undefined) {
    reader.problem(`${path}.model`, 'only a "neighbours" file has a model.');
  }
  let area: string | null = null;
  if (role === 'local') {
    area = reader.text(value, 'area', `${path}.area`);
    readAuthorityCode(reader, area, `${path}.area`, known);
  } else if (value['area'] !== undefined) {
    reader.problem(`${path}.area`, 'only a "local" file is about one council.');
  }
  const illustrative = reader.flag(value, 'illustrative', `${path}.illustrative`, false, true);
  const label = reader.text(value, 'label', `${path}.label`, true);
  if (illustrative && label === null && value['label'] === undefined) {
    reader.problem(
      `${path}.label`,
      'is missing: an illustrative file needs the label shown with its figures.',
    );
  }
  if (role === null || file === null) return null;
  return { role, path: file, model, area, illustrative, label } satisfies DataFile;
}

function checkFiles(reader: Reader, files: readonly DataFile[], model: SnModel | null): void {
  for (const role of ['definitions', 'areas', 'published'] as const) {
    if (!files.some((file) => file.role === role)) {
      reader.problem('files', `has no "${role}" file.`);
    }
  }
  if (model !== null && !files.some((file) => file.role === 'neighbours' && file.model === model)) {
    reader.problem(
      'files',
      `has no "neighbours" file for the ${model} model chosen in statisticalNeighbours.model.`,
    );
  }
  for (const role of ['definitions', 'areas'] as const) {
    if (files.filter((file) => file.role === role).length > 1) {
      reader.problem('files', `lists more than one "${role}" file; keep one.`);
    }
  }
  for (const sn of SN_MODELS) {
    if (files.filter((file) => file.role === 'neighbours' && file.model === sn).length > 1) {
      reader.problem('files', `lists more than one "neighbours" file for the ${sn} model.`);
    }
  }
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) reader.problem('files', `lists "${file.path}" more than once.`);
    seen.add(file.path);
  }
}

/**
 * Reads config.json (already parsed from JSON). Returns the config, or null with every problem
 * found, each as `path: message` (e.g. `statisticalNeighbours.model: "2019" is not one of
 * "2021", "2025".`). Unknown top-level keys are reported so a typing mistake is not silently
 * ignored. Defaults are not filled in: the file states every setting.
 */
export function parseConfig(
  json: unknown,
  options: ParseConfigOptions = {},
): { config: ScorecardConfig | null; problems: string[] } {
  const reader = new Reader();
  if (!isObject(json)) {
    return {
      config: null,
      problems: [`The configuration should be a JSON object ({ ... }), not ${show(json)}.`],
    };
  }
  const known = new Set([
    '$schema',
    'about',
    // A label for people (Publish writes the data-as-at date and a hash of the data); the
    // scorecard does not read it, so any value is accepted.
    'version',
    'dataAsAt',
    'authority',
    'statisticalNeighbours',
    'comparators',
    'rag',
    'files',
    'commentary',
    'spc',
  ]);
  for (const key of Object.keys(json)) {
    if (!known.has(key))
      reader.problem(key, 'is not a setting this scorecard knows; check the spelling.');
  }

  const dataAsAt = reader.text(json, 'dataAsAt', 'dataAsAt');
  if (dataAsAt !== null && !isRealDate(dataAsAt)) {
    reader.problem('dataAsAt', `"${dataAsAt}" should be a date written YYYY-MM-DD.`);
  }

  const authorityBlock = reader.object(json, 'authority', 'authority');
  const authority = authorityBlock ? reader.text(authorityBlock, 'code', 'authority.code') : null;
  readAuthorityCode(reader, authority, 'authority.code', options.knownAuthorities);
  if (authorityBlock) reader.text(authorityBlock, 'name', 'authority.name', true);

  const sn = reader.object(json, 'statisticalNeighbours', 'statisticalNeighbours');
  const neighbourModel = sn
    ? reader.choice(sn, 'model', 'statisticalNeighbours.model', SN_MODELS)
    : null;
  const neighbourAverage = sn
    ? reader.choice(sn, 'average', 'statisticalNeighbours.average', SN_AVERAGES)
    : null;

  const comparatorsBlock = reader.object(json, 'comparators', 'comparators');
  const comparators = {
    statisticalNeighbours: comparatorsBlock
      ? reader.flag(
          comparatorsBlock,
          'statisticalNeighbours',
          'comparators.statisticalNeighbours',
          true,
        )
      : true,
    region: comparatorsBlock
      ? reader.flag(comparatorsBlock, 'region', 'comparators.region', true)
      : true,
    england: comparatorsBlock
      ? reader.flag(comparatorsBlock, 'england', 'comparators.england', true)
      : true,
  };

  const ragBlock = reader.object(json, 'rag', 'rag');
  const percentTolerance = ragBlock
    ? reader.tolerance(ragBlock, 'percentTolerance', 'rag.percentTolerance')
    : null;
  const otherTolerance = ragBlock
    ? reader.tolerance(ragBlock, 'otherTolerance', 'rag.otherTolerance')
    : null;
  const amberOnlyIfImproving = ragBlock
    ? reader.flag(ragBlock, 'amberOnlyIfImproving', 'rag.amberOnlyIfImproving', false)
    : false;
  const blue = ragBlock ? reader.flag(ragBlock, 'blue', 'rag.blue', false) : false;

  const files: DataFile[] = [];
  const filesValue = json['files'];
  if (filesValue === undefined) reader.problem('files', 'is missing: list the data files.');
  else if (!Array.isArray(filesValue)) {
    reader.problem('files', `should be a list ([ ... ]) of data files, not ${show(filesValue)}.`);
  } else {
    filesValue.forEach((value: unknown, index) => {
      const file = readFile(reader, value, `files[${index}]`, options.knownAuthorities);
      if (file) files.push(file);
    });
    checkFiles(reader, files, neighbourModel);
  }

  const commentary = reader.text(json, 'commentary', 'commentary', true);
  if (commentary !== null && !FILE_NAME.test(commentary))
    reader.problem(
      'commentary',
      `"${commentary}" should be a file name in the data folder ending .csv, such as "commentary.csv".`,
    );
  const spc = readSpcConfig(json['spc']);
  for (const problem of spc.problems) reader.problems.push(problem);

  if (
    reader.problems.length > 0 ||
    dataAsAt === null ||
    authority === null ||
    neighbourModel === null ||
    neighbourAverage === null ||
    percentTolerance === null ||
    otherTolerance === null
  ) {
    return { config: null, problems: reader.problems };
  }
  return {
    config: {
      dataAsAt,
      authority,
      neighbourModel,
      neighbourAverage,
      comparators,
      rag: { percentTolerance, otherTolerance, amberOnlyIfImproving, blue },
      files,
      ...(commentary === null ? {} : { commentary }),
      ...(json['spc'] === undefined ? {} : { spc: spc.settings }),
    },
    problems: [],
  };
}

/** The local files for one council (empty when it has only published annual figures). */
export function localFilesFor(config: ScorecardConfig, area: string): DataFile[] {
  return config.files.filter((file) => file.role === 'local' && file.area === area);
}
