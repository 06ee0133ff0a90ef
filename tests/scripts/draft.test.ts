import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/model/parseDataset';

/** A fictional dispute over a river dam, written for these tests: not the bundled article. */
const ARTICLE = `Dam talks collapse as Corvia courts the River Guard
Belmar’s militia partners weigh a rival’s offer

Corvia offered the River Guard new boats in exchange for control of the lower dam, according to Ines Tal.

Belmar has paid the River Guard a monthly stipend since 2019, although Tal says the last payment never arrived.

Belmar shelled the River Guard’s camp last week, she said.`;

const ACTORS = [
  { id: 'corvia', name: 'Corvia', kind: 'state', aliases: [] },
  { id: 'belmar', name: 'Belmar', kind: 'state', aliases: [] },
  { id: 'river-guard', name: 'River Guard', kind: 'armed-group', aliases: ['the militia'] },
  { id: 'ines-tal', name: 'Ines Tal', kind: 'person', aliases: ['Tal'], partOf: 'river-guard' },
];

const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('npm run draft and npm run draft:score', () => {
  it('writes a draft map a person can review: valid, every relation suggested with its words, then scores it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'stancemap-draft-'));
    writeFileSync(join(folder, 'article.txt'), ARTICLE);
    writeFileSync(join(folder, 'actors.json'), JSON.stringify(ACTORS));
    const drafted = run('scripts/draft.ts', join(folder, 'article.txt'), '--actors', join(folder, 'actors.json'), '--out', join(folder, 'draft.json'));
    expect(drafted.status, drafted.stderr).toBe(0);
    const draft = JSON.parse(readFileSync(join(folder, 'draft.json'), 'utf8'));
    const parsed = parseDataset(draft);
    expect(parsed.ok).toBe(true);
    expect(draft.relations.map((relation: Record<string, string>) => `${relation.source} ${relation.stance} ${relation.target} ${relation.status} ${relation.claimedBy}`)).toEqual([
      // The headline is the outlet's own claim.
      'corvia offer river-guard proposed outlet',
      'corvia offer river-guard proposed ines-tal',
      'belmar payment river-guard ongoing ines-tal',
      'belmar hostility river-guard past ines-tal',
    ]);
    for (const relation of draft.relations) {
      expect(relation.suggested).toBe(true);
      expect(relation.confidence).toBeGreaterThan(0);
      expect(ARTICLE).toContain(relation.evidence[0].quote);
    }
    // Actors get the first words that name them as their passage.
    expect(draft.actors.find((actor: { id: string }) => actor.id === 'ines-tal').evidence).toEqual([{ quote: 'Ines Tal' }]);

    // A reference that agrees on the offer, calls the shelling ongoing, and has a support the draft missed.
    const [, offer, , shelling] = draft.relations;
    const reference = { ...draft, relations: [offer, { ...shelling, status: 'ongoing' }, { ...offer, id: 'missed', stance: 'support' }] };
    writeFileSync(join(folder, 'reference.json'), JSON.stringify(reference));
    const scored = run('scripts/draftScore.ts', join(folder, 'draft.json'), join(folder, 'reference.json'));
    expect(scored.status).toBe(0);
    expect(scored.stdout).toContain('| strict | 0.67 | 0.67 | 2 / 3 / 3 | 0.50 | 1.00 |');
  });

  it('without --actors, suggests the actors the text names, each marked for a person to confirm', () => {
    const folder = mkdtempSync(join(tmpdir(), 'stancemap-draft-'));
    writeFileSync(join(folder, 'article.txt'), ARTICLE);
    const drafted = run('scripts/draft.ts', join(folder, 'article.txt'), '--out', join(folder, 'draft.json'));
    expect(drafted.status, drafted.stderr).toBe(0);
    const draft = JSON.parse(readFileSync(join(folder, 'draft.json'), 'utf8'));
    expect(parseDataset(draft).ok).toBe(true);
    expect(draft.actors.map((actor: Record<string, unknown>) => `${actor.id} ${actor.kind} ${(actor.aliases as string[]).join('|')} ${actor.suggested}`)).toEqual([
      // Named by its role in the dek: the person confirms, merges into the River Guard, or rejects it.
      'belmars-militia armed-group  true',
      'belmar organisation  true',
      'corvia organisation  true',
      'river-guard armed-group  true',
      'ines-tal person Tal true',
    ]);
    expect(draft.relations.length).toBeGreaterThan(0);
    // Scored against the confirmed list, its actors are all found.
    writeFileSync(join(folder, 'reference.json'), JSON.stringify({ actors: ACTORS, relations: [] }));
    expect(run('scripts/draftScore.ts', join(folder, 'draft.json'), join(folder, 'reference.json')).stdout).toContain('| by name or alias | 0.80 | 1.00 | 4 / 5, 4 / 4 |');
  });

  it('takes the actors from a spreadsheet and the credit from article.json, as the CSV form writes them', () => {
    const folder = mkdtempSync(join(tmpdir(), 'stancemap-draft-'));
    writeFileSync(join(folder, 'article.txt'), ARTICLE);
    // The id column may be left out: ids come from the names.
    writeFileSync(join(folder, 'actors.csv'), ['name,kind,aliases,partOf', 'Corvia,state,,', 'Belmar,state,,', 'River Guard,armed-group,the militia,', 'Ines Tal,person,Tal,river-guard'].join('\n'));
    writeFileSync(join(folder, 'article.json'), JSON.stringify({ id: 'dam-talks', description: 'Who courts the River Guard.', article: { outlet: 'The Valley Courier', published: '2026-11-30', url: 'https://example.org/dam-talks' } }));
    const drafted = run('scripts/draft.ts', join(folder, 'article.txt'), '--meta', join(folder, 'article.json'), '--actors', join(folder, 'actors.csv'), '--out', join(folder, 'draft.json'));
    expect(drafted.status, drafted.stderr).toBe(0);
    const draft = JSON.parse(readFileSync(join(folder, 'draft.json'), 'utf8'));
    expect(parseDataset(draft).ok).toBe(true);
    expect(draft.id).toBe('dam-talks');
    expect(draft.description).toBe('Who courts the River Guard.');
    expect(draft.article).toMatchObject({ title: 'Dam talks collapse as Corvia courts the River Guard', outlet: 'The Valley Courier', published: '2026-11-30', url: 'https://example.org/dam-talks' });
    expect(draft.actors.map((actor: Record<string, unknown>) => `${actor.id} ${actor.kind} ${actor.partOf ?? '-'}`)).toEqual(['corvia state -', 'belmar state -', 'river-guard armed-group -', 'ines-tal person river-guard']);
    expect(draft.relations.map((relation: Record<string, string>) => `${relation.source} ${relation.stance} ${relation.target}`)).toEqual([
      'corvia offer river-guard',
      'corvia offer river-guard',
      'belmar payment river-guard',
      'belmar hostility river-guard',
    ]);
  });

  it('names the row and column of a broken actor spreadsheet, and the line of a broken article.json, and writes nothing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'stancemap-draft-'));
    writeFileSync(join(folder, 'article.txt'), ARTICLE);
    writeFileSync(join(folder, 'actors.csv'), ['name,kind', 'Corvia,state', 'Belmar,'].join('\n'));
    const csv = run('scripts/draft.ts', join(folder, 'article.txt'), '--actors', join(folder, 'actors.csv'), '--out', join(folder, 'draft.json'));
    expect(csv.status).toBe(1);
    expect(csv.stderr.trim()).toBe(`${join(folder, 'actors.csv')}, row 3, column "kind": is empty; write one of: state, government-body, armed-group, person, organisation, other.`);
    writeFileSync(join(folder, 'article.json'), '{ "id": "dam-talks",\n  "article": { "outlet": "The Valley');
    const meta = run('scripts/draft.ts', join(folder, 'article.txt'), '--meta', join(folder, 'article.json'), '--out', join(folder, 'draft.json'));
    expect(meta.status).toBe(1);
    expect(meta.stderr).toMatch(/article\.json: is not valid JSON: the text breaks off at line 2, column 37 /);
    expect(() => readFileSync(join(folder, 'draft.json'))).toThrow();
  });

  it('says what is wrong with the command line', () => {
    const missing = run('scripts/draft.ts');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('give one article text file.');
  });
});
