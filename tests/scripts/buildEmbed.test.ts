import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readInlineDataset } from '../../src/embed/inlineDataset';
import { readFixtureJson } from '../fixtures';

// A stand-in for the built dist/embed.html and dist/embed.js: the script only writes into the page.
function builtPage() {
  const folder = mkdtempSync(join(tmpdir(), 'stancemap-built-'));
  writeFileSync(
    join(folder, 'embed.html'),
    '<!doctype html><html><head><meta charset="UTF-8" /><title>stancemap (embed)</title><script type="module">app()</script></head><body><div id="root"></div><template id="first-frame"><svg>Russia</svg></template></body></html>',
  );
  writeFileSync(join(folder, 'embed.js'), '/* host script */');
  return join(folder, 'embed.html');
}

function buildEmbed(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/buildEmbed.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

const writeDataset = (dataset: unknown) => {
  const file = join(mkdtempSync(join(tmpdir(), 'stancemap-')), 'dispute.json');
  writeFileSync(file, JSON.stringify(dataset));
  return file;
};

describe('npm run build:embed', () => {
  it('writes an embed page that carries the dataset, laid out, and embed.js beside it', () => {
    const dataset = readFixtureJson('small');
    dataset.article.paragraphs[0] += ' </script><script>alert(1)</script>';
    const out = join(mkdtempSync(join(tmpdir(), 'stancemap-out-')), 'published');
    const { status, output } = buildEmbed(writeDataset(dataset), '--out', out, '--page', builtPage());
    expect(status, output).toBe(0);
    expect(output).toContain(`${join(out, 'harbour-dispute.html')}: “A fictional harbour dispute”, 6 actors and`);
    const document = new JSDOM(readFileSync(join(out, 'harbour-dispute.html'), 'utf8')).window.document;
    const carried = readInlineDataset(document)!.data as typeof dataset;
    expect(carried.article).toEqual(dataset.article);
    expect(carried.relations).toEqual(dataset.relations);
    expect(carried.actors.every((actor: { position?: { x: number; y: number } }) => Number.isFinite(actor.position?.x))).toBe(true);
    expect(document.title).toBe('A fictional harbour dispute');
    expect(document.querySelector('template')!.innerHTML).toBe('');
    expect(readFileSync(join(out, 'embed.js'), 'utf8')).toBe('/* host script */');
  });

  it('refuses an invalid dataset with the JSON path of each problem, and writes nothing', () => {
    const broken = readFixtureJson('small');
    broken.relations[1].target = 'nobody';
    const out = join(mkdtempSync(join(tmpdir(), 'stancemap-out-')), 'published');
    const { status, output } = buildEmbed(writeDataset(broken), '--out', out, '--page', builtPage());
    expect(status).toBe(1);
    expect(output).toMatch(/dispute\.json: relations\[1\]\.target: /);
    expect(existsSync(out)).toBe(false);
  });

  it('says what is wrong with the command line, with exit code 2', () => {
    expect(buildEmbed('data/fixtures/small.json')).toMatchObject({ status: 2, output: expect.stringContaining('say where to write the page with --out folder/.') });
    expect(buildEmbed('--out', 'x')).toMatchObject({ status: 2, output: expect.stringContaining('give one dataset.') });
  });

  it('says how to get the built page when there is none', () => {
    const { status, output } = buildEmbed('data/fixtures/small.json', '--out', mkdtempSync(join(tmpdir(), 'stancemap-out-')), '--page', '/nonexistent/embed.html');
    expect(status).toBe(1);
    expect(output).toContain('/nonexistent/embed.html is missing: run npm run build first');
  });
});
