/**
 * A build plugin: fills the page's `<template id="first-frame">` with the first frame on the
 * bundled dataset, rendered to static HTML by React in Node (src/app/firstFrame/renderFirstFrame.tsx),
 * and, for the explorer, adds the small script that shows it before the app's own script has
 * loaded. The embed is one file: its script shows the frame first and the app renders after the
 * browser has painted it.
 */
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { embedDatasetModule } from './embedDatasetModule.ts';
import type { FirstFramePage } from '../src/app/firstFrame/renderFirstFrame';

export const FIRST_FRAME_ENTRY = 'first-frame';
const EMPTY_TEMPLATE = '<template id="first-frame"></template>';

async function renderInNode(page: FirstFramePage): Promise<{ markup: string; attributes: string }> {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    plugins: [react(), embedDatasetModule()],
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule('/src/app/firstFrame/renderFirstFrame.tsx')) as typeof import('../src/app/firstFrame/renderFirstFrame');
    return { markup: module.renderFirstFrame(page), attributes: module.firstFrameAttributes(page) };
  } finally {
    await server.close();
  }
}

/**
 * The page with its first frame in the template and, when given, the script that shows it before
 * `beforeScript`. The script is async (showFirstFrameWhenParsed): a deferred script would wait for
 * the stylesheet before it put the frame in the page, and only then would the frame be drawn.
 */
export function withFirstFrame(html: string, markup: string, script?: { src: string; beforeScript: RegExp }, attributes = ''): string {
  if (!html.includes(EMPTY_TEMPLATE)) throw new Error(`the page has no empty ${EMPTY_TEMPLATE} to fill`);
  // A function, so that "$&" and the like in the dataset's text stay text.
  let filled = html.replace(EMPTY_TEMPLATE, () => `<template id="first-frame"${attributes}>${markup}</template>`);
  if (script) {
    const main = script.beforeScript.exec(filled);
    if (!main) throw new Error(`the page has no script matching ${script.beforeScript}`);
    filled = `${filled.slice(0, main.index)}<script type="module" async crossorigin src="${script.src}"></script>\n    ${filled.slice(main.index)}`;
  }
  return filled;
}

export function prerenderFirstFrame(page: FirstFramePage, htmlFile: string): Plugin {
  return {
    name: 'stancemap-first-frame',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const html = bundle[htmlFile];
      if (!html || html.type !== 'asset') throw new Error(`no ${htmlFile} in the bundle`);
      const { markup, attributes } = await renderInNode(page);
      const entry = Object.values(bundle).find((output) => output.type === 'chunk' && output.isEntry && output.name === FIRST_FRAME_ENTRY);
      html.source = withFirstFrame(String(html.source), markup, entry ? { src: `./${entry.fileName}`, beforeScript: /<script type="module"[^>]*src="\.\/assets\/index-/ } : undefined, attributes);
    },
  };
}
