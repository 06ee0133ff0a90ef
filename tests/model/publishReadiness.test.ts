import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/datasetSchema';
import { formatIssue } from '../../src/model/validationIssue';
import { publishProblems } from '../../src/model/publishReadiness';

const small = JSON.parse(readFileSync('data/fixtures/small.json', 'utf8')) as Dataset;

describe('publishProblems', () => {
  it('finds nothing to stop a complete map', () => {
    expect(publishProblems(small).filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('names every missing credit, date, address and rights line at its path, all at once', () => {
    const draft = { ...small, article: { ...small.article, outlet: '', author: '  ', published: undefined, url: '', rights: '' } } as unknown as Dataset;
    expect(publishProblems(draft).filter((problem) => problem.severity === 'error').map(formatIssue)).toEqual([
      'article.outlet: is missing: the embed credits the outlet that published the article.',
      'article.author: is missing: the embed credits the article’s author.',
      'article.published: is missing: the embed gives the date the article was published.',
      'article.url: is missing: the embed links to the article.',
      'article.rights: is missing: say who holds the rights to the quoted text and on what terms it is shown.',
    ]);
  });

  it('passes on the validator’s warnings about passages, and no others', () => {
    const relations = small.relations.map((relation, index) => (index === 0 ? { ...relation, evidence: [{ quote: 'Northland has' }] } : relation));
    const problems = publishProblems({ ...small, relations });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', path: ['relations', 0, 'evidence', 0, 'quote'] });
  });
});
