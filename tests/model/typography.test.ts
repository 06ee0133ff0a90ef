import { describe, expect, it } from 'vitest';
import { articleParts, locateQuote, type QuoteLookup } from '../../src/model/locateQuote';
import { parseDataset } from '../../src/model/parseDataset';
import { typographyDifferences } from '../../src/model/typography';

// A fictional dispute over a river dam, reported in Arabic, Persian, Hebrew, French and German.
const article = {
  title: 'نزاع السد',
  dek: 'الوزارة والشركة تتفقان',
  outlet: 'The Example Gazette',
  author: 'A. Reporter',
  published: '2026-03-14',
  url: 'https://example.org/dam',
  rights: 'Fictional text written for stancemap’s tests.',
  paragraphs: [
    'قالت وزارة المياه إن «الشركة الوطنية» ستبني السد، وأكدت أن العمل يبدأ في ٢٠٢٧؟',
    'وزیر نیرو گفت که کشاورزان یک سال صبر می‌کنند.',
    'ראש המועצה אמר כי צה״ל לא יתערב בסכסוך על הסכר.',
    'Le maire a déclaré : « Nous refusons ce barrage ».',
    'Der Verband nannte das Projekt „einen Angriff auf das Tal“.',
  ],
};
const parts = articleParts(article);
const lookup = (quote: string): QuoteLookup => locateQuote(parts, { quote });
const closeness = (quote: string) => {
  const found = lookup(quote);
  return found.found === 'none' ? (found.suggestion?.closeness ?? 'nothing close') : 'verbatim';
};

describe('near matches across scripts: the same words, other typography', () => {
  it('finds an Arabic quote stretched with tatweel, but not one with a letter changed', () => {
    expect(closeness('قالت وزارة الميـــاه')).toBe('typography');
    expect(closeness('قالت وزارة الميان')).not.toBe('typography');
  });

  it('finds an Arabic quote with vowel marks (harakat) the article leaves out, but not one with another word', () => {
    expect(closeness('ستبني السَّدَّ')).toBe('typography');
    expect(closeness('ستبني الجسر')).not.toBe('typography');
  });

  it('reads Persian yeh and keheh as the Arabic letters, and an Arabic yeh and kaf as the Persian ones', () => {
    expect(closeness('وزير نيرو گفت كه')).toBe('typography');
    // A different letter in the same place (beh for yeh) is not a form of it.
    expect(closeness('وزبر نیرو گفت که')).not.toBe('typography');
  });

  it('reads an alef with hamza as a bare alef, and an Arabic comma and digits as Latin ones', () => {
    expect(closeness('الوطنية» ستبني السد, وأكدت أن العمل يبدأ في 2027?')).toBe('typography');
    expect(closeness('العمل يبدأ في 2028')).not.toBe('typography');
    expect(closeness('قالت وزارة المياه ان')).toBe('typography');
  });

  it('reads a Hebrew gershayim typed as a straight quote, and ignores Hebrew points', () => {
    expect(closeness('כי צה"ל לא יתערב')).toBe('typography');
    expect(closeness('כִּי צה״ל לא יתערב')).toBe('typography');
    expect(closeness('כי צה"ל כן יתערב')).not.toBe('typography');
  });

  it('ignores the direction marks and isolates that text copied from a right-to-left page carries', () => {
    expect(closeness('\u2067ראש המועצה\u2069 אמר')).toBe('typography');
    expect(closeness('ראש\u200f המועצה אמר')).toBe('typography');
  });

  it('reads guillemets, German quotes and a narrow no-break space as the plain ones', () => {
    expect(closeness('Le maire a déclaré\u202f: "\u202fNous refusons ce barrage\u202f"')).toBe('typography');
    expect(closeness('das Projekt "einen Angriff auf das Tal"')).toBe('typography');
    expect(closeness('das Projekt "einen Angriff auf den Fluss"')).not.toBe('typography');
  });

  it('points the suggestion at the article’s own characters', () => {
    const found = lookup('ستبني السَّدَّ');
    expect(found.found === 'none' && found.suggestion?.text).toBe('ستبني السد');
  });
});

describe('typographyDifferences: what an almost-right quote gets wrong', () => {
  it('names only what differs', () => {
    expect(typographyDifferences('ستبني السَّدَّ', 'ستبني السد')).toEqual(['vowel marks']);
    expect(typographyDifferences('الميـــاه', 'المياه')).toEqual(['tatweel']);
    expect(typographyDifferences('وزير', 'وزیر')).toEqual(['letter forms (yeh, kaf or alef)']);
    expect(typographyDifferences('في 2027?', 'في ٢٠٢٧؟')).toEqual(['Arabic punctuation or digits']);
    expect(typographyDifferences('צה"ל', 'צה״ל')).toEqual(['quote marks or apostrophes']);
    expect(typographyDifferences('Le Maire  a déclaré', 'Le maire a déclaré')).toEqual(['spacing', 'capitals']);
    expect(typographyDifferences('a\u200fb', 'ab')).toEqual(['invisible characters or direction marks']);
  });

  it('names dashes, ellipses, spacing at either end and capitals each on its own', () => {
    expect(typographyDifferences('north–south', 'north-south')).toEqual(['dashes']);
    expect(typographyDifferences('and then…', 'and then...')).toEqual(['ellipses']);
    expect(typographyDifferences(' the dam ', 'the dam')).toEqual(['spacing']);
    expect(typographyDifferences('THE DAM', 'the dam')).toEqual(['capitals']);
  });

  it('reads Arabic-Indic and Persian digits as the Latin ones, each its own digit', () => {
    expect(typographyDifferences('سال ۱۳۹۹', 'سال 1399')).toEqual(['Arabic punctuation or digits']);
    expect(typographyDifferences('٠١٢٣٤٥٦٧٨٩', '0123456789')).toEqual(['Arabic punctuation or digits']);
    expect(typographyDifferences('۰۱۲۳۴۵۶۷۸۹', '0123456789')).toEqual(['Arabic punctuation or digits']);
  });

  it('names nothing for the same text', () => {
    expect(typographyDifferences('כי צה״ל לא יתערב', 'כי צה״ל לא יתערב')).toEqual([]);
  });
});

describe('the validator names what differs', () => {
  it('in a quote off by its vowel marks and its tatweel', () => {
    const dataset = {
      schemaVersion: 1,
      id: 'dam',
      title: 'نزاع السد',
      article,
      actors: [
        { id: 'ministry', name: 'وزارة المياه', kind: 'organisation', evidence: [{ quote: 'وزارة المياه' }] },
        { id: 'company', name: 'الشركة الوطنية', kind: 'organisation', evidence: [{ quote: 'الشركة الوطنية' }] },
      ],
      relations: [{ id: 'builds', source: 'ministry', target: 'company', stance: 'support', evidence: [{ quote: 'ستبنـي السَّدَّ' }] }],
    };
    const result = parseDataset(dataset);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => error.message)).toContain(
      'is not found word for word in the article: it differs only in tatweel and vowel marks. article.paragraphs[0] has “ستبني السد”.',
    );
  });
});
