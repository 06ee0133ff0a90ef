import { describe, expect, it } from 'vitest';
import { newDataset } from '../../src/model/edits';
import { parseDataset } from '../../src/model/parseDataset';
import { publishProblems } from '../../src/model/publishReadiness';
import { formatIssue } from '../../src/model/validationIssue';
import { loadDataset, readFixtureJson } from '../fixtures';

const TEXT_ONLY = 'A Port Changes Hands\nThe navy leaves, the militia stays\n\nThe port was sold to a militia.\n\nThe navy left in March.';

describe('the draft rule: credit is a warning in a draft, an error for publishing', () => {
  it('validates a map started from text alone, with a warning for each credit field not given yet', () => {
    const draft = newDataset({ body: TEXT_ONLY });
    expect(draft.article).toEqual({ title: 'A Port Changes Hands', dek: 'The navy leaves, the militia stays', paragraphs: ['The port was sold to a militia.', 'The navy left in March.'] });
    const result = parseDataset(draft);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((warning) => warning.path.join('.'))).toEqual(['article.outlet', 'article.author', 'article.published', 'article.url', 'article.rights']);
    expect(formatIssue(result.warnings[3]!)).toBe('article.url: is not given yet: add the web address of the article, so readers can open the original. A draft can wait; publishing needs it.');
  });

  it('still refuses a credit field that is given but malformed or empty', () => {
    const data = readFixtureJson('small');
    data.article.url = 'example.org/port';
    data.article.outlet = '';
    const result = parseDataset(data);
    expect(result.ok ? [] : result.errors.map((error) => error.path.join('.'))).toEqual(['article.outlet', 'article.url']);
  });

  it('lists exactly the missing credit fields as errors that stop publishing, with their paths', () => {
    const result = parseDataset(newDataset({ body: TEXT_ONLY, outlet: 'The Gazette', published: '2021-03-04', rights: '  ' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(publishProblems(result.dataset)).toEqual([
      { severity: 'error', path: ['article', 'author'], message: 'is missing: add the article’s author (the byline), credited under the map.' },
      { severity: 'error', path: ['article', 'url'], message: 'is missing: add the web address of the article, so readers can open the original.' },
      { severity: 'error', path: ['article', 'rights'], message: 'is missing: add the rights line (for example “© The Gazette, used with permission”), shown wherever the text is.' },
    ]);
  });

  it('finds nothing to stop a complete map from being published', () => {
    expect(publishProblems(loadDataset('small'))).toEqual([]);
    expect(publishProblems(loadDataset('russia-poach-rebels-2016'))).toEqual([]);
  });

  it('passes on the validator’s warnings about passages, and no others', () => {
    const small = loadDataset('small');
    const relations = small.relations.map((relation, index) => (index === 0 ? { ...relation, evidence: [{ quote: 'Northland has' }] } : relation));
    const problems = publishProblems({ ...small, relations });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', path: ['relations', 0, 'evidence', 0, 'quote'] });
  });
});
