import { screen, within } from '@testing-library/react';
import { buildSlideSvg, SLIDE, slideFileName } from '../../../src/components/export/exportSlide';
import { viewSlideWords } from '../../../src/components/export/saveSlides';
import { indexDataset } from '../../../src/model/indexDataset';
import { parseDataset } from '../../../src/model/parseDataset';
import { renderExplorer, SMALL_FIXTURE } from '../renderExplorer';

const parsed = parseDataset(SMALL_FIXTURE);
if (!parsed.ok) throw new Error('the small fixture must be valid');
const index = indexDataset(parsed.dataset);
const mapSvg = () => document.querySelector<SVGSVGElement>('svg.stance-map-svg')!;
const fontSize = (element: Element | null) => Number(element?.getAttribute('font-size'));
/** A text block's words as read: its wrapped lines joined again. */
const words = (element: Element | null) => [...(element?.querySelectorAll('tspan') ?? [])].map((line) => line.textContent).join(' ');

describe('a slide of the map', () => {
  it('is 16:9 with the map and the selected relation’s words: its name, summary, first passage and the credit', async () => {
    renderExplorer('?select=relation:northland-offers-boats');
    await screen.findByRole('group', { name: 'Map of actors and their stances' });
    const heading = await within(screen.getByRole('complementary', { name: 'Details' })).findByRole('heading', { level: 2 });
    const relation = index.relationsById.get('northland-offers-boats')!;
    const slide = buildSlideSvg(mapSvg(), viewSlideWords(index, { kind: 'relation', id: relation.id }));
    expect([slide.getAttribute('width'), slide.getAttribute('height')]).toEqual([String(SLIDE.width), String(SLIDE.height)]);
    expect(SLIDE.width / SLIDE.height).toBeCloseTo(16 / 9, 2);
    expect(words(slide.querySelector('.slide-title'))).toBe(heading.getAttribute('aria-label'));
    expect(words(slide.querySelector('.slide-caption'))).toBe(relation.summary);
    expect(words(slide.querySelector('.slide-passage'))).toBe(`“${relation.evidence[0]!.quote}”`);
    expect(words(slide.querySelector('.slide-credit'))).toContain(SMALL_FIXTURE.article.title);
    // The map itself, every actor on it, without what only the page needs.
    expect(slide.querySelectorAll('.slide-map [data-actor-id]').length).toBe(document.querySelectorAll('.stance-map-svg [data-actor-id]').length);
    expect(slide.querySelector('.slide-map [tabindex], .slide-map [role="button"]')).toBeNull();
  });

  it('sets many words smaller, down to 70 %, and a short step at full size', () => {
    renderExplorer();
    const credit = 'Credit';
    const short = buildSlideSvg(mapSvg(), { kicker: 'Map', title: 'Short', caption: 'A short caption.', credit });
    const long = buildSlideSvg(mapSvg(), { kicker: 'Map', title: 'A long step', caption: 'word '.repeat(160), passage: 'quoted '.repeat(60), credit });
    expect(fontSize(short.querySelector('.slide-caption'))).toBe(18);
    expect(fontSize(long.querySelector('.slide-caption'))).toBeLessThan(18);
    expect(fontSize(long.querySelector('.slide-caption'))).toBeGreaterThanOrEqual(18 * 0.7);
  });

  it('keeps dataset text as text', () => {
    renderExplorer();
    const slide = buildSlideSvg(mapSvg(), { kicker: 'Map', title: '<script>alert(1)</script>', caption: '<img src=x onerror=alert(1)>', credit: 'c' });
    expect(slide.querySelector('script, img')).toBeNull();
    expect(words(slide.querySelector('.slide-title'))).toBe('<script>alert(1)</script>');
  });

  it('names its files after the dataset and the step', () => {
    expect(slideFileName('russia-poach-rebels-2016', 3)).toBe('russia-poach-rebels-2016-slide-03.png');
    expect(slideFileName('Grain Port Dispute')).toBe('grain-port-dispute-slide.png');
  });
});
