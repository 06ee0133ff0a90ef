import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

describe('the build the browser tests run', () => {
  it('is the production build of React, the one that ships', () => {
    // Production React reports errors by code, through react.dev/errors; the development build
    // carries full messages instead (and is 65 kB gzip larger).
    const app = readdirSync('dist/assets').filter((file) => /^index-.*\.js$/.test(file));
    expect(app).toHaveLength(1);
    for (const file of [`dist/assets/${app[0]}`, 'dist/embed.html', 'dist-standalone/stancemap.html']) {
      expect(readFileSync(file, 'utf8'), file).toContain('https://react.dev/errors/');
    }
  });
});

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** What index.html loads before the app's first render: itself, its module scripts, the chunks they preload, its styles. */
function explorerInitialFiles(): string[] {
  const html = readFileSync('dist/index.html', 'utf8');
  return ['dist/index.html', ...[...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => `dist/${match[1]}`)];
}

// Issue 7. The yardstick: a page with React 19, react-dom and one d3-force simulation, built with
// this Vite configuration, is 72.3 kB gzip (zlib level 9). The goals are 1.5× that for embed.html
// (108 kB) and 2× for the explorer's first load (145 kB); these budgets are the sizes reached so
// far (November 2026: 136.7 kB and 147.2 kB; embed.html 131.3 kB after its cuts) with a little
// room, so that growth is a decision. December 2026: the prerendered first frame, ~11 kB gzip in
// index.html and ~9 kB in embed.html, bought the first frame ~250 ms sooner (docs/performance.md);
// the explorer's figure now counts its HTML too. Then the validator (~11.7 kB) left the explorer's
// first load, as the bundled dataset is checked by the build: 141.7 kB, within the goal.
// Later in December 2026 the legible map (screen-size labels placed without overlap, grouped
// lines and their chooser, the drawing shaped to its box, cooperative gestures) grew both; the
// explorer moved what a reader does not need at once out of its first load (the authoring tools,
// the line chooser, opening other datasets, the image writer, the reading help), and embed.html
// left the canvas renderer out (it draws every map in SVG). The embed's budget is now the
// product's ceiling for both pages, 145 kB.
const KB = 1000;
const EMBED_BUDGET = 145 * KB;
const EXPLORER_INITIAL_BUDGET = 145 * KB;

describe('what a reader downloads', () => {
  it('embed.html is one self-contained file, within its budget', () => {
    const html = readFileSync('dist/embed.html', 'utf8');
    // An allow-scripts-only sandbox has an opaque origin: it may not fetch module scripts or styles.
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/);
    expect(html).not.toMatch(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"/);
    expect(gzipped('dist/embed.html')).toBeLessThanOrEqual(EMBED_BUDGET);
  });

  it('embed.html carries none of the explorer: no authoring, no spreadsheet reader, no other formats', () => {
    const html = readFileSync('dist/embed.html', 'utf8');
    // UndetectableDelimiter is one of papaparse's error codes; graphml is named only by the exporters.
    for (const text of ['Add the relation', 'Your edits', 'Open a dataset', 'Embed this map', 'UndetectableDelimiter', 'graphml']) expect(html, text).not.toContain(text);
    // Nor the bundled dataset's story, which only presentation mode shows, nor what the JSON Schema says of each field.
    const { story } = JSON.parse(readFileSync('data/russia-poach-rebels-2016.json', 'utf8')) as { story: { caption: string }[] };
    expect(html).not.toContain(story[0]!.caption);
    expect(html).not.toContain('Every other surface form the article uses for this actor.');
  });

  it('the explorer draws its first frame from what index.html loads, within its budget', () => {
    const files = explorerInitialFiles();
    const initial = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    // The map, legend and article are there; the dialogs, forms, table, presentation and the writers of other formats load later.
    expect(initial).toContain('How to read this map');
    for (const text of ['Add the relation', 'Embed this map', 'Open a dataset', 'Filter the table', 'graphml', 'UndetectableDelimiter']) expect(initial, text).not.toContain(text);
    // Nor the validator: it loads when a dataset must be checked (opened, or edited).
    expect(initial).not.toContain('does not hold a dataset');
    const total = files.reduce((sum, file) => sum + gzipped(file), 0);
    expect(total).toBeLessThanOrEqual(EXPLORER_INITIAL_BUDGET);
  });

  it('index.html draws its first frame with a script of its own that imports nothing, ahead of the app', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const scripts = [...html.matchAll(/<script type="module"[^>]*src="\.\/(assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toMatch(/^assets\/first-frame-/);
    const firstFrameScript = readFileSync(`dist/${scripts[0]}`, 'utf8');
    // Folded into the app's chunk, or importing from it, it would wait for the whole app.
    expect(firstFrameScript).not.toMatch(/\bimport\b/);
    expect(gzipped(`dist/${scripts[0]}`)).toBeLessThan(1 * KB);
    expect(html).toMatch(/<template id="first-frame" data-blocs="none" data-blocs-below="\d+"><div class="drop-zone">/);
  });
});
