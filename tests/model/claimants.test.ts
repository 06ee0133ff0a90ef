import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimantName, indexDataset } from '../../src/model/indexDataset';
import { parseDataset } from '../../src/model/parseDataset';
import { formatIssue } from '../../src/model/validationIssue';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const fixture = (): Json => JSON.parse(readFileSync('data/fixtures/small.json', 'utf8'));

/** The fixture with one relation credited to a harbour-master the article quotes but does not map. */
function withClaimant(): Json {
  const data = fixture();
  data.claimants = [{ id: 'port-official', name: 'A port official', description: 'Quoted without a name.' }];
  data.relations[0].claimedBy = 'port-official';
  return data;
}

describe('claimants', () => {
  it('lets a relation be claimed by someone quoted who is not on the map, and names them', () => {
    const result = parseDataset(withClaimant());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    const index = indexDataset(result.dataset);
    expect(claimantName(index, 'port-official')).toBe('A port official');
    expect(claimantName(index, 'mara-vell')).toBe('Mara Vell');
    expect(claimantName(index, 'outlet')).toBe('The Example Gazette');
  });

  it('keeps old datasets without claimants valid', () => {
    expect(parseDataset(fixture()).ok).toBe(true);
  });

  it('refuses a claimant id that is an actor’s, or reserved', () => {
    const data = withClaimant();
    data.claimants.push({ id: 'mara-vell', name: 'Mara Vell' }, { id: 'outlet', name: 'The paper' });
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatIssue)).toEqual([
      'claimants[1].id: “mara-vell” is already the id of actors[4]; a claimant is someone who is not on the map, so give it an id of its own or credit the actor.',
      'claimants[2].id: “outlet” is reserved for claims made by the outlet itself; choose another id.',
    ]);
  });

  it('refuses a claimedBy that is no actor, no claimant and not the outlet', () => {
    const data = withClaimant();
    data.relations[1].claimedBy = 'port-oficial';
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatIssue)).toEqual([
      'relations[1].claimedBy: no actor or claimant has the id “port-oficial”, and it is not “outlet” (the outlet’s own statement) (did you mean “port-official”?).',
    ]);
  });

  it('warns about a claimant who claims nothing', () => {
    const data = withClaimant();
    data.relations[0].claimedBy = 'outlet';
    const result = parseDataset(data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map(formatIssue)).toEqual(['claimants[0]: “port-official” claims no relation; credit it in a relation’s claimedBy or remove it.']);
  });
});
