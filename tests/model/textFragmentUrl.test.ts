import { describe, expect, it } from 'vitest';
import { isSafeHttpUrl, textFragmentUrl } from '../../src/model/textFragmentUrl';

const PAGE = 'https://example.org/harbour-dispute';

describe('textFragmentUrl', () => {
  it('links a short quote whole, percent-encoded', () => {
    expect(textFragmentUrl(PAGE, 'the militia’s leader')).toBe('https://example.org/harbour-dispute#:~:text=the%20militia%E2%80%99s%20leader');
  });

  it('trims the spaces around a quote', () => {
    expect(textFragmentUrl(PAGE, '  monthly stipend \n')).toBe('https://example.org/harbour-dispute#:~:text=monthly%20stipend');
  });

  it('cuts a long quote to its first and last five words, as start,end', () => {
    const quote = 'Northland has offered the Harbour Militia “all the boats it needs” if the militia stops working with Southland';
    expect(textFragmentUrl(PAGE, quote)).toBe(
      'https://example.org/harbour-dispute#:~:text=Northland%20has%20offered%20the%20Harbour,militia%20stops%20working%20with%20Southland',
    );
  });

  it('keeps a quote of 80 characters whole, and cuts one of 81', () => {
    const eighty = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    expect(eighty).toHaveLength(80);
    expect(textFragmentUrl(PAGE, eighty)).toBe(`${PAGE}#:~:text=${eighty.replaceAll(' ', '%20')}`);
    expect(textFragmentUrl(PAGE, `${eighty}s`)).toBe(
      `${PAGE}#:~:text=one%20two%20three%20four%20five,ten%20eleven%20twelve%20thirteen%20fourteens`,
    );
  });

  it('keeps a long quote of ten words or fewer whole, since cutting it would save nothing', () => {
    const quote = 'Extraordinarily circumstantial intergovernmental counterrevolutionary disproportionate arrangements';
    expect(quote.length).toBeGreaterThan(80);
    expect(textFragmentUrl(PAGE, quote)).toBe(`${PAGE}#:~:text=${quote.replaceAll(' ', '%20')}`);
  });

  it('cuts a long quote of eleven words, and keeps one of ten, whatever the spaces around and between its words', () => {
    const ten = 'Extraordinarily circumstantial intergovernmental arrangements were offered to the river’s pilots';
    expect([ten.split(' ').length, ten.length]).toEqual([10, 96]);
    expect(textFragmentUrl(PAGE, ten)).toBe(`${PAGE}#:~:text=${encodeURIComponent(ten)}`);
    const eleven = '  Extraordinarily circumstantial  intergovernmental arrangements were then offered to the river’s  pilots ';
    expect(textFragmentUrl(PAGE, eleven)).toBe(`${PAGE}#:~:text=${encodeURIComponent('Extraordinarily circumstantial intergovernmental arrangements were')},${encodeURIComponent('offered to the river’s pilots')}`);
  });

  it('escapes the hyphen, comma and ampersand, which the fragment syntax reserves', () => {
    expect(textFragmentUrl(PAGE, 'al-Assad, Putin & co')).toBe(`${PAGE}#:~:text=al%2DAssad%2C%20Putin%20%26%20co`);
  });

  it('escapes reserved characters in both ends of a long quote, so the only bare comma separates them', () => {
    const quote = 'Liwa al-Mu’tasim, a U.S.-backed brigade & its allies, were offered weapons by Russia, sources said';
    const url = textFragmentUrl(PAGE, quote);
    const directive = url.split('#:~:text=')[1]!;
    expect(directive).toBe('Liwa%20al%2DMu%E2%80%99tasim%2C%20a%20U.S.%2Dbacked%20brigade,weapons%20by%20Russia%2C%20sources%20said');
    expect(directive.split(',')).toHaveLength(2);
    expect(directive).not.toMatch(/[-&]/);
  });

  it('drops the page’s own #hash and keeps its query', () => {
    expect(textFragmentUrl('https://example.org/story?page=2#comments', 'monthly stipend')).toBe(
      'https://example.org/story?page=2#:~:text=monthly%20stipend',
    );
  });
});

describe('isSafeHttpUrl', () => {
  it('accepts http and https addresses', () => {
    expect(isSafeHttpUrl('http://example.org/story')).toBe(true);
    expect(isSafeHttpUrl('https://example.org/story?x=1#top')).toBe(true);
    expect(isSafeHttpUrl('HTTPS://EXAMPLE.ORG/')).toBe(true);
  });

  it('rejects script and data URLs however they are spelled', () => {
    expect(isSafeHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeHttpUrl('JavaScript:alert(document.cookie)')).toBe(false);
    expect(isSafeHttpUrl('data:text/html,<script>alert(1)</script>')).toBe(false);
  });

  it('rejects relative addresses, other schemes and text that is no address', () => {
    expect(isSafeHttpUrl('/stories/harbour-dispute')).toBe(false);
    expect(isSafeHttpUrl('example.org/story')).toBe(false);
    expect(isSafeHttpUrl('ftp://example.org/file')).toBe(false);
    expect(isSafeHttpUrl('')).toBe(false);
  });
});
