/**
 * A speed-up for the cold start (npm run bench -- first-minute, "Cold start"): the built
 * index.html asks the browser to fetch config.json and every data file it names while the
 * page's JavaScript is still arriving and being compiled, instead of after it has run (config
 * first, then the files: two round trips behind the script). The app's own fetch of each file
 * then takes the preloaded response.
 *
 * The list comes from public/data/config.json as built. A host that later edits config.json to
 * name other files loses nothing but the head start: a preload nobody uses is dropped by the
 * browser (with a console note), and the app fetches what config.json names, as always.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The data files config.json names (paths relative to the data folder), or [] if unreadable. */
export function hostedDataFiles(configJson: string): string[] {
  let config: unknown;
  try {
    config = JSON.parse(configJson);
  } catch {
    return [];
  }
  if (typeof config !== 'object' || config === null || !('files' in config)) return [];
  const files = config.files;
  if (!Array.isArray(files)) return [];
  return files
    .map((file: unknown) =>
      typeof file === 'object' && file !== null && 'path' in file ? file.path : null,
    )
    .filter(
      (path): path is string =>
        typeof path === 'string' && /^[\w.-]+$/.test(path) && !path.startsWith('.'),
    );
}

/** Vite plugin: preload tags for data/config.json and its files in the built index.html. */
export function preloadHostedData(folder: string): Plugin {
  return {
    name: 'scorecard:preload-hosted-data',
    apply: 'build',
    transformIndexHtml() {
      let configJson: string;
      try {
        configJson = readFileSync(join(folder, 'config.json'), 'utf8');
      } catch {
        return [];
      }
      const paths = ['config.json', ...hostedDataFiles(configJson)];
      return paths.map((path): HtmlTagDescriptor => ({
        tag: 'link',
        // crossorigin="anonymous" matches fetch()'s default (cors mode, same-origin
        // credentials), so the app's fetch is served from the preload.
        attrs: { rel: 'preload', href: `data/${path}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head',
      }));
    },
  };
}
