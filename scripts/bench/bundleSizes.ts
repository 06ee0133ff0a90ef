/**
 * What a page costs to download: the HTML itself and the JS and CSS it loads before any lazy
 * import (module scripts, modulepreloads, stylesheets), gzipped with Node's zlib at its default
 * level. The HTML counts: stancemap's carries its prerendered first frame.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Same-origin JS and CSS files an HTML page loads up front, in document order, without duplicates. */
export function initialAssets(html: string): string[] {
  const found: string[] = [];
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
    const value = (name: string) => {
      const match = attribute(name);
      return match ? (match[2] ?? match[3] ?? match[4] ?? '') : undefined;
    };
    const isScript = /^<script/i.test(tag);
    const rel = value('rel')?.toLowerCase().split(/\s+/) ?? [];
    const address = isScript ? value('src') : rel.includes('stylesheet') || rel.includes('modulepreload') ? value('href') : undefined;
    if (!address || /^(?:[a-z]+:)?\/\//i.test(address) || address.startsWith('data:')) continue;
    if (!found.includes(address)) found.push(address);
  }
  return found;
}

export const gzipSize = (content: string | Uint8Array): number => gzipSync(content).length;

export interface PageWeight {
  /** Files loaded up front, relative to the HTML file, with their gzipped sizes. */
  files: { path: string; bytes: number; gzip: number }[];
  /** The HTML and everything it loads up front. */
  initialGzip: number;
  initialJsGzip: number;
  initialCssGzip: number;
  htmlGzip: number;
}

export function pageWeight(htmlPath: string): PageWeight {
  const html = readFileSync(htmlPath, 'utf8');
  const folder = dirname(htmlPath);
  const files = initialAssets(html).map((address) => {
    const content = readFileSync(resolve(folder, address.split(/[?#]/)[0]!));
    return { path: address, bytes: content.length, gzip: gzipSize(content) };
  });
  const sum = (pattern: RegExp) => files.filter((file) => pattern.test(file.path)).reduce((total, file) => total + file.gzip, 0);
  const htmlGzip = gzipSize(html);
  return { files, initialGzip: htmlGzip + sum(/./), initialJsGzip: sum(/\.m?js$/), initialCssGzip: sum(/\.css$/), htmlGzip };
}

/** Every JavaScript file under a folder (lazy chunks and workers too), gzipped one by one and summed. */
export function totalJsGzip(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.m?js$/.test(entry.name)) total += gzipSize(readFileSync(join(entry.parentPath, entry.name)));
  }
  return total;
}
