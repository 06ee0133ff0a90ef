import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function validate(...files: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...files], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('npm run validate', () => {
  it('passes the bundled dataset and says what it holds', () => {
    const { status, output } = validate('data/russia-poach-rebels-2016.json');
    expect(status).toBe(0);
    expect(output).toMatch(/data\/russia-poach-rebels-2016\.json: valid — 29 actors, 62 relations, 0 warnings\./);
  });

  it('prints every error with its path, not only the first, and exits 1', () => {
    const broken = JSON.parse(readFileSync('data/fixtures/small.json', 'utf8'));
    broken.relations[0].stance = 'supports';
    broken.relations[1].target = 'nobody';
    broken.relations[2].evidence[0].quote = "Southland's navy has shelled Raider camps";
    const file = join(mkdtempSync(join(tmpdir(), 'stancemap-')), 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const { status, output } = validate(file);
    expect(status).toBe(1);
    expect(output).toContain('error: relations[0].stance: “supports” is not one of: support, hostility, offer, payment (did you mean “support”?).');
    expect(output).toContain('error: relations[1].target: no actor has the id “nobody”.');
    expect(output).toContain('error: relations[2].evidence[0].quote: is not found word for word in the article: it differs only in quote marks');
    expect(output).toContain('invalid — 3 errors, 0 warnings.');
  });

  it('names a file that cannot be read or parsed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stancemap-'));
    writeFileSync(join(dir, 'bad.json'), '{ "schemaVersion": 1,, }');
    const { status, output } = validate(join(dir, 'missing.json'), join(dir, 'bad.json'));
    expect(status).toBe(1);
    expect(output).toMatch(/missing\.json: cannot be read \(ENOENT\)/);
    expect(output).toMatch(/bad\.json: error: \(file\): is not valid JSON: the text breaks off at line 1, column 22/);
  });
});

describe('npm run validate on the spreadsheet form', { timeout: 30_000 }, () => {
  function csvFolder() {
    const dir = mkdtempSync(join(tmpdir(), 'stancemap-'));
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/convert.ts', 'data/fixtures/small.json', '--to', 'csv', '--out', dir], { encoding: 'utf8' });
    return dir;
  }

  it('checks actors.csv, relations.csv and article.txt, with the article.json beside the text', () => {
    const dir = csvFolder();
    const files = ['actors.csv', 'relations.csv', 'article.txt'].map((name) => join(dir, name));
    const { status, output } = validate(...files);
    expect(status).toBe(0);
    expect(output).toContain(`${files.join(' + ')}: valid — 6 actors, 8 relations, 0 warnings.`);
  });

  it('prints each problem with its file, row and column, and exits 1', () => {
    const dir = csvFolder();
    const [actors, relations, article] = ['actors.csv', 'relations.csv', 'article.txt'].map((name) => join(dir, name));
    writeFileSync(relations!, readFileSync(relations!, 'utf8').replace(',harbour-militia,raiders,hostility,', ',harbour-militia,raiders,supports,'));
    writeFileSync(actors!, readFileSync(actors!, 'utf8').replace('evidence,wikidataId\n', 'evidence,wikidataId,Notes\n'));
    const { status, output } = validate(actors!, relations!, article!);
    expect(status).toBe(1);
    expect(output).toContain(`${relations}: error: row 4, column "stance": “supports” is not one of: support, hostility, offer, payment (did you mean “support”?).`);
    expect(output).toContain(`${actors}: warning: column "Notes": is not a column stancemap reads, so its cells are ignored.`);
    expect(output).toContain('invalid — 1 error, 1 warning.');
  });

  it('exits 2 when the files do not make up the spreadsheet form', () => {
    const { status, output } = validate('actors.csv', 'article.txt');
    expect(status).toBe(2);
    expect(output).toContain('the spreadsheet form is two .csv files and one .txt; got 1 and 1.');
  });
});
