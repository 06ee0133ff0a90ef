import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGexf } from '../../src/model/formats/exportGexf';
import { exportGraphml } from '../../src/model/formats/exportGraphml';
import { parseDataset } from '../../src/model/parseDataset';

// NetworkX's own GEXF and GraphML readers (Debian's python3-networkx, installed by .ci/run): the
// files open in a tool people use, with every relation and its stance, status and quotes.
const READ = `
import json, sys, networkx as nx
graph = (nx.read_gexf if sys.argv[1].endswith('.gexf') else nx.read_graphml)(sys.argv[1])
edges = [data for _, _, data in graph.edges(data=True)]
print(json.dumps({"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "keys": sorted(edges[0].keys()),
  "stances": sorted({edge["stance"] for edge in edges}), "quoted": sum(1 for edge in edges if edge.get("quotes"))}))
`;

const parsed = parseDataset(JSON.parse(readFileSync('data/russia-poach-rebels-2016.json', 'utf8')));
if (!parsed.ok) throw new Error('the bundled dataset does not validate');
const dataset = parsed.dataset;

describe('exports opened by NetworkX', () => {
  for (const [extension, write] of [['gexf', exportGexf], ['graphml', exportGraphml]] as const) {
    it(`reads the ${extension.toUpperCase()} export with every actor, relation, stance and quote`, () => {
      const file = join(mkdtempSync(join(tmpdir(), 'stancemap-')), `map.${extension}`);
      writeFileSync(file, write(dataset));
      const run = spawnSync('python3', ['-c', READ, file], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const read = JSON.parse(run.stdout);
      expect(read).toMatchObject({ nodes: 29, edges: 62, stances: ['hostility', 'offer', 'payment', 'support'], quoted: 62 });
      expect(read.keys).toEqual(expect.arrayContaining(['stance', 'status', 'summary', 'claimedBy', 'quotes']));
    });
  }
});
