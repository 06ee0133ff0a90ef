import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutDataset } from '../../src/layout/layoutDataset';
import { indexDataset } from '../../src/model/indexDataset';
import { parseFixture, readFixtureJson } from '../fixtures';

function layout(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/layout.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('npm run layout', () => {
  it('writes the settled layout into every actor, and the map is then drawn there without ticking', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'stancemap-')), 'saved.json');
    const { status, output } = layout('data/fixtures/small.json', '--out', out);
    expect(status, output).toBe(0);
    expect(output).toContain('6 actors placed.');
    const saved = JSON.parse(readFileSync(out, 'utf8'));
    const original = readFixtureJson('small');
    // Everything but the positions is as it was.
    expect(saved.actors.map(({ position: _p, ...actor }: Record<string, unknown>) => actor)).toEqual(original.actors);
    expect(saved.relations).toEqual(original.relations);

    const computed = layoutDataset(indexDataset(parseFixture(original)));
    const drawn = layoutDataset(indexDataset(parseFixture(saved)));
    expect(drawn.ticks).toBe(0);
    for (const node of computed.graph.nodes) {
      const at = drawn.graph.nodeById.get(node.id)!;
      expect(at.x).toBeCloseTo(node.x!, 0);
      expect(at.y).toBeCloseTo(node.y!, 0);
    }
  });

  it('refuses an invalid dataset, naming the problem, and leaves it untouched', () => {
    const broken = readFixtureJson('small');
    broken.relations[0].target = 'nobody';
    const file = join(mkdtempSync(join(tmpdir(), 'stancemap-')), 'broken.json');
    const text = JSON.stringify(broken);
    writeFileSync(file, text);
    const { status, output } = layout(file);
    expect(status).toBe(1);
    expect(output).toContain('relations[0].target: no actor has the id “nobody”.');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
