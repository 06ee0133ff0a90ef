import { describe, expect, it } from 'vitest';
import { evidenceWarnings } from '../../src/model/evidenceChecks';
import { joinedForms } from '../../src/model/joinedForms';
import { parseDataset } from '../../src/model/parseDataset';
import { readFixtureJson } from '../fixtures';

const namesNeither = (warnings: { message: string }[]) => warnings.filter((warning) => warning.message.startsWith('no passage names'));

describe('names written with a joined one-letter word (Arabic and Hebrew)', () => {
  it('writes li + al- as lil-, and be/ke/le in place of ha-', () => {
    expect(joinedForms('الشركة')).toContain('للشركة');
    expect(joinedForms('الشركة')).toContain('والشركة');
    expect(joinedForms('העירייה')).toContain('לעירייה');
    expect(joinedForms('העירייה')).toContain('והעירייה');
    expect(joinedForms('איגוד הדייגים')).toContain('לאיגוד הדייגים');
    expect(joinedForms('Russia')).toEqual([]);
  });

  it('joins every prefix, and drops the article only after li (Arabic) or be, ke and le (Hebrew)', () => {
    expect(joinedForms('الشركة')).toEqual(['والشركة', 'فالشركة', 'بالشركة', 'كالشركة', 'للشركة', 'وبالشركة', 'وكالشركة', 'وللشركة', 'فبالشركة', 'فكالشركة', 'فللشركة']);
    // Without the article, every prefix is joined to the whole name.
    expect(joinedForms('لبنان')).toContain('للبنان');
    expect(joinedForms('לבנון').slice(0, 5)).toEqual(['ולבנון', 'הלבנון', 'בלבנון', 'כלבנון', 'ללבנון']);
    expect(joinedForms('העירייה').slice(0, 5)).toEqual(['והעירייה', 'ההעירייה', 'בעירייה', 'כעירייה', 'לעירייה']);
    // A name that ends in he keeps it.
    expect(joinedForms('מדינה')).toContain('למדינה');
    expect(joinedForms('העירייה')).toContain('שבעירייה');
    expect(joinedForms('העירייה')).toContain('כשהעירייה');
  });

  it('counts a passage that names an actor with a joined word as naming it', () => {
    const actors = [
      { id: 'company', name: 'الشركة', aliases: [] },
      { id: 'valley', name: 'جمهورية الوادي', aliases: [] },
      { id: 'union', name: 'איגוד הדייגים', aliases: [] },
      { id: 'city', name: 'העירייה', aliases: [] },
    ];
    const relation = (source: string, target: string, quote: string) => ({ source, target, stance: 'payment', quotes: [quote] });
    expect(
      namesNeither(
        evidenceWarnings(actors, [
          relation('valley', 'company', 'ودفعت الحكومة للشركة ١٠٠ مليون دينار'),
          relation('city', 'union', 'הציעה לאיגוד הדייגים מענק'),
          relation('union', 'city', 'הם הגישו תלונה לעירייה'),
        ]),
      ),
    ).toEqual([]);
  });

  it('still warns when the name is only part of another word', () => {
    const actors = [
      { id: 'company', name: 'الشركة', aliases: [] },
      { id: 'valley', name: 'الوادي', aliases: [] },
    ];
    // "الشركات" (the companies) is another word, and "بشركة" is not "the company".
    const warnings = evidenceWarnings(actors, [{ source: 'valley', target: 'company', stance: 'payment', quotes: ['دفعت الحكومة للشركات مبلغا'] }]);
    expect(namesNeither(warnings)).toHaveLength(1);
  });

  it('finds an alias the article writes with a joined word', () => {
    const json = readFixtureJson('arabic-dam');
    const result = parseDataset(json);
    expect(result.ok).toBe(true);
    // "الشركة" appears only as "للشركة" in the article.
    expect(result.warnings).toEqual([]);
    (json as { actors: { aliases: string[] }[] }).actors[3]!.aliases.push('المقاول');
    const withUnused = parseDataset(json);
    expect(withUnused.warnings.map((warning) => warning.message)).toEqual(['“المقاول” does not appear in the article; aliases are the article’s own words for the actor.']);
  });
});
