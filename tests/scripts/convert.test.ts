import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/model/parseDataset';

function convert(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/convert.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
const tempDir = () => mkdtempSync(join(tmpdir(), 'stancemap-convert-'));
const fixture = readFileSync('data/fixtures/small.json', 'utf8');

// Each run starts tsx (about a second, more on a busy machine), and some tests run it several times.
describe('npm run convert', { timeout: 30_000 }, () => {
  it('writes each one-file format to standard output or to --out, and each parses', () => {
    const json = convert('data/fixtures/small.json', '--to', 'json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(fixture));

    const dir = tempDir();
    for (const format of ['gexf', 'graphml']) {
      const out = join(dir, `small.${format}`);
      const run = convert('data/fixtures/small.json', '--to', format, '--out', out);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`wrote ${out}\n`);
      expect(XMLValidator.validate(readFileSync(out, 'utf8'))).toBe(true);
    }
    const ftm = convert('data/fixtures/small.json', '--to', 'ftm');
    expect(ftm.status).toBe(0);
    expect(ftm.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).schema)).toContain('Payment');
  });

  it('writes the CSV form into a folder, and reads it back to the same dataset', () => {
    const dir = tempDir();
    const run = convert('data/fixtures/small.json', '--to', 'csv', '--out', dir);
    expect(run.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['actors.csv', 'article.json', 'article.txt', 'relations.csv']);
    // The CSV files in either order; article.json is found beside article.txt.
    const back = convert(join(dir, 'relations.csv'), join(dir, 'actors.csv'), join(dir, 'article.txt'), '--to', 'json');
    expect(back.stderr).toBe('');
    expect(back.status).toBe(0);
    const result = parseDatasetText(back.stdout);
    expect(result.ok && result.dataset).toEqual(JSON.parse(fixture));
  });

  it('reports invalid input by file, row and column, writes nothing and exits 1', () => {
    const dir = tempDir();
    convert('data/fixtures/small.json', '--to', 'csv', '--out', dir);
    const relations = join(dir, 'relations.csv');
    writeFileSync(relations, readFileSync(relations, 'utf8').replace('northland-rivals-southland,northland,southland,hostility', 'northland-rivals-southland,northland,southland,hostilty'));
    const out = join(dir, 'out.json');
    const run = convert(join(dir, 'actors.csv'), relations, join(dir, 'article.txt'), '--meta', join(dir, 'article.json'), '--to', 'json', '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error: ${relations}, row 7, column "stance": “hostilty” is not one of: support, hostility, offer, payment (did you mean “hostility”?).`);
    expect(run.stderr).toContain('invalid — 1 errors, 0 warnings; nothing written.');
    expect(() => readFileSync(out)).toThrow();
  });

  it('exits 2 on a wrong command line', () => {
    expect(convert('data/fixtures/small.json').status).toBe(2);
    expect(convert('data/fixtures/small.json', '--to', 'pdf').status).toBe(2);
    expect(convert('data/fixtures/small.json', '--to', 'csv').stderr).toMatch(/--to csv writes four files: name their folder with --out\./);
    expect(convert('a.csv', 'b.txt', '--to', 'json').status).toBe(2);
    expect(convert('data/fixtures/small.json', '--to', 'json', '--colour').status).toBe(2);
  });

  it('exits 1 on input that cannot be read', () => {
    const run = convert(join(tempDir(), 'missing.json'), '--to', 'gexf');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/missing\.json: cannot be read \(ENOENT\)/);
  });
});
