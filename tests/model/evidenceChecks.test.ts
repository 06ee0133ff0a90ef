import { describe, expect, it } from 'vitest';
import { readFixtureJson } from '../fixtures';
import { warningsOf } from './datasetIssues';

/** The fictional harbour dispute, which passes without a warning, changed by each case. */
const harbour = () => readFixtureJson('small');
const relation = (data: Record<string, unknown>, id: string) => (data.relations as { id: string }[]).find((candidate) => candidate.id === id) as unknown as Record<string, unknown> & { evidence: { quote: string }[] };

describe('what a relation’s passages say', () => {
  it('are quiet on a dataset whose passages name their parties, give its numbers and differ', () => {
    expect(warningsOf(harbour())).toEqual([]);
  });

  it('warn when no passage names either party, by name, alias, or the actor one is part of or holds', () => {
    const data = harbour();
    // “The militia has fought the Raiders”, cut to the words that carry the fight alone.
    const fight = relation(data, 'militia-fights-raiders');
    fight.evidence = [{ quote: 'has fought' }];
    expect(warningsOf(data).filter((warning) => !warning.includes('fewer than 3 words'))).toEqual([
      expect.stringMatching(/^relations\[\d+\]\.evidence: no passage names “Harbour Militia” or “The Raiders”, nor an alias of either/),
    ]);
    // A quote naming the militia's own member names the militia's side: no warning.
    fight.evidence = [{ quote: 'Mara Vell' }];
    expect(warningsOf(data).filter((warning) => warning.includes('no passage names'))).toEqual([]);
  });

  it('warn when a summary states a number that no passage gives', () => {
    const data = harbour();
    const stipend = relation(data, 'southland-pays-stipend');
    stipend.summary = 'Pays the militia a stipend of 400 a month';
    expect(warningsOf(data)).toEqual([expect.stringMatching(/^relations\[\d+\]\.summary: states “400”, which none of its passages gives/)]);
  });

  it('warn when one claim is mapped twice on the same passage, and not for another stance on it', () => {
    const data = harbour() as { relations: Record<string, unknown>[] };
    const rivals = data.relations.find((candidate) => candidate.id === 'northland-rivals-southland')!;
    data.relations.push({ ...rivals, id: 'northland-rivals-southland-again' });
    data.relations.push({ ...rivals, id: 'northland-offers-southland', stance: 'offer' });
    const twice = warningsOf(data).filter((warning) => warning.includes('mapped twice'));
    expect(twice).toEqual([expect.stringMatching(new RegExp(`^relations\\[${data.relations.length - 2}\\]\\.evidence\\[0\\]\\.quote: is also relations\\[\\d+\\]’s passage`))]);
  });
});
