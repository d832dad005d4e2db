/**
 * The settings a scorecard starts from, in config.json's own shape: the neighbour model and
 * average, the comparators and the RAG tolerances. One place for the dataset build (which
 * writes public/data/config.json) and the tests that need a config, so they cannot drift apart.
 */
export interface ConfigJsonParts {
  readonly version: string;
  readonly dataAsAt: string;
  readonly authority: { readonly code: string; readonly name: string };
  readonly files: readonly Record<string, unknown>[];
}

/** A config.json object: the default settings around the given council, date and files. */
export function defaultConfigJson(parts: ConfigJsonParts): Record<string, unknown> {
  return {
    version: parts.version,
    dataAsAt: parts.dataAsAt,
    authority: { code: parts.authority.code, name: parts.authority.name },
    statisticalNeighbours: { model: '2025', average: 'mean' },
    comparators: { statisticalNeighbours: true, region: true, england: true },
    rag: {
      percentTolerance: { kind: 'points', amount: 5 },
      otherTolerance: { kind: 'relative', percent: 10 },
      amberOnlyIfImproving: false,
      blue: false,
    },
    files: parts.files,
  };
}
