import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../model';
import { echo } from '../model';
import { importScorecardFiles } from './scorecard-import';
import { combineScorecard } from './scorecard-data';

const NOW = new Date('2026-12-07T12:00:00Z');
const read = (name: string) => new Uint8Array(readFileSync(`public/data/${name}`));
const text = (name: string) => readFileSync(`public/data/${name}`, 'utf8');
const { config } = parseConfig(JSON.parse(text('config.json')) as unknown);
if (!config) throw new Error('public/data/config.json does not parse');

/** The hosted files, published figures cut to their first 300 lines to keep the test quick. */
function hostedFiles(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const file of config?.files ?? []) files.set(file.path, read(file.path));
  const published = text('published.csv').split('\n').slice(0, 300).join('\n') + '\n';
  files.set('published.csv', new TextEncoder().encode(published));
  return files;
}

function assemble(change: (files: Map<string, Uint8Array>) => void, cutShort?: string) {
  if (!config) throw new Error('no config');
  const files = hostedFiles();
  change(files);
  const { imported, version } = importScorecardFiles(config, files, NOW);
  const fetched = new Map(
    [...files.keys()].map((path) => [path, { endsWithLineBreak: path !== cutShort }]),
  );
  return combineScorecard(config, imported, version, fetched);
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe('hostedFaults names the file, the problem and what is missing', () => {
  it('reports nothing when every hosted file reads cleanly', () => {
    expect(assemble(() => undefined).faults).toEqual([]);
  });

  it.each([
    [
      'missing',
      'neighbours-2025.csv',
      (f: Map<string, Uint8Array>) => f.delete('neighbours-2025.csv'),
      /^The statistical neighbours file neighbours-2025\.csv could not be read from the web host \(it is missing, or the host refused it\)\. Statistical neighbour comparisons \(2025 model\) are missing\.$/,
    ],
    [
      'empty',
      'definitions.csv',
      (f: Map<string, Uint8Array>) => f.set('definitions.csv', new Uint8Array()),
      /^The indicator definitions file definitions\.csv could not be read: the file is empty\. No indicators can be shown\.$/,
    ],
    [
      'an HTML error page',
      'published.csv',
      (f: Map<string, Uint8Array>) =>
        f.set('published.csv', bytes('<!DOCTYPE html>\n<html><body>Not found</body></html>\n')),
      /published\.csv could not be read: the web host sent a web page \(probably an error page\) instead of the file\. Published figures from this file are missing\.$/,
    ],
    [
      'a wrong header',
      'neighbours-2025.csv',
      (f: Map<string, Uint8Array>) => f.set('neighbours-2025.csv', bytes('foo,bar\n1,2\n')),
      /neighbours-2025\.csv could not be read: its header row does not have the columns the scorecard reads\./,
    ],
    [
      'the wrong kind of file',
      'definitions.csv',
      (f: Map<string, Uint8Array>) => f.set('definitions.csv', read('areas.csv')),
      /definitions\.csv could not be read: it holds the wrong kind of data/,
    ],
    [
      'a NUL byte',
      'definitions.csv',
      (f: Map<string, Uint8Array>) => {
        const d = read('definitions.csv');
        d[100] = 0;
        f.set('definitions.csv', d);
      },
      /definitions\.csv could not be read: .*NUL.*No indicators can be shown\.$/,
    ],
  ])('%s (%s)', (_case, file, change, message) => {
    const data = assemble(change);
    expect(data.faults.map((fault) => fault.file)).toEqual([file]);
    expect(data.faults[0]?.message).toMatch(message);
    expect(data.faults[0]?.unread).toBe(true);
    expect(data.problems).toEqual(data.faults.map((fault) => fault.message));
  });

  it('a file cut short mid-row names the line and says figures may be incomplete', () => {
    const data = assemble((f) => {
      const cut = text('neighbours-2025.csv').slice(0, 9000);
      f.set('neighbours-2025.csv', bytes(cut));
    }, 'neighbours-2025.csv');
    const lines = text('neighbours-2025.csv').slice(0, 9000).split('\n').length;
    expect(data.faults).toHaveLength(1);
    expect(data.faults[0]?.message).toContain(
      `neighbours-2025.csv could not be read in full: line ${String(lines)} is cut short (the file ends part-way through it)`,
    );
    expect(data.faults[0]?.message).toMatch(/comparisons \(2025 model\) may be incomplete\.$/);
    expect(data.faults[0]?.unread).toBe(false);
  });

  it('a file with rejected lines counts them and quotes the first, cut to a readable length', () => {
    const data = assemble((f) => {
      const long = 'x'.repeat(5000);
      f.set(
        'published.csv',
        bytes(
          `${text('published.csv').split('\n').slice(0, 3).join('\n')}\nCSC-REREF,2024-25,E09000015,${long}\n`,
        ),
      );
    });
    expect(data.faults).toHaveLength(1);
    expect(data.faults[0]?.message).toMatch(
      /^The published figures file published\.csv could not be read in full: 1 line could not be read \(the first: line 4, /,
    );
    expect(data.faults[0]?.message.length).toBeLessThan(700);
  });
});

describe('echo', () => {
  it.each([
    ['', ''],
    ['short', 'short'],
    ['a'.repeat(200), 'a'.repeat(200)],
    ['a'.repeat(201), `${'a'.repeat(200)}… (1 more character)`],
    ['a'.repeat(12_545), `${'a'.repeat(200)}… (12,345 more characters)`],
    [`${'a'.repeat(199)}😀b`, `${'a'.repeat(199)}… (3 more characters)`],
  ])('echo of %j', (input, expected) => {
    expect(echo(input)).toBe(expected);
  });
});
