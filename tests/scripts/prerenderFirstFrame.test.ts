import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { firstFrameAttributes, inertMarkup, renderFirstFrame } from '../../src/app/firstFrame/renderFirstFrame';
import { withFirstFrame } from '../../scripts/prerenderFirstFrame';
import { viewAreaForEveryLabel } from '../../src/layout/roomForLabels';
import { relationLines } from '../../src/model/relationLines';
import type { Relation } from '../../src/model/datasetSchema';

interface SavedActor {
  id: string;
  name: string;
  position: { x: number; y: number };
}
const dataset = JSON.parse(readFileSync('data/russia-poach-rebels-2016.json', 'utf8')) as { actors: SavedActor[]; relations: unknown[]; article: { paragraphs: string[] } };
const parse = (markup: string) => JSDOM.fragment(markup);

// Runs in Node without a DOM, as the build does: nothing in the first render may need a browser.
describe('the prerendered first frame', () => {
  const explorer = parse(renderFirstFrame('explorer'));

  it('draws every actor at its saved position and every relation as a line between them', () => {
    const actors = [...explorer.querySelectorAll('[data-actor-id]')];
    expect(actors).toHaveLength(dataset.actors.length);
    for (const actor of dataset.actors) {
      const element = explorer.querySelector(`[data-actor-id="${actor.id}"]`)!;
      const [x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(element.getAttribute('transform') ?? '')!.slice(1).map(Number);
      expect(x).toBeCloseTo(actor.position.x, 0);
      expect(y).toBeCloseTo(actor.position.y, 0);
      expect(element.textContent).toContain(actor.name.split(' ')[0]);
    }
    // One line for each group of relations (same ends, direction and stance), each in its stance.
    const groups = relationLines(dataset.relations as Relation[], 'grouped');
    const lines = [...explorer.querySelectorAll('svg .relation')];
    expect(lines.length).toBe(groups.length);
    expect(lines.length).toBeLessThan(dataset.relations.length);
    expect(lines.map((line) => line.getAttribute('data-stance')).sort()).toEqual(groups.map((group) => group.stance).sort());
    // Drawn to the unit: the app redraws them exactly.
    for (const line of lines) expect(line.querySelector('.relation-line')!.getAttribute('d')).toMatch(/^M-?\d+,-?\d+[LQ]-?\d+,-?\d+( -?\d+,-?\d+)?$/);
  });

  it('fits the map to its box without a script, through the SVG view box', () => {
    const svg = explorer.querySelector('svg.stance-map-svg')!;
    const [minX, minY, width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    for (const { position } of dataset.actors) {
      expect(position.x).toBeGreaterThan(minX!);
      expect(position.x).toBeLessThan(minX! + width!);
      expect(position.y).toBeGreaterThan(minY!);
      expect(position.y).toBeLessThan(minY! + height!);
    }
    // The live map takes its transform from the zoom, never from a view box.
    expect(svg.getAttribute('data-layout')).toBe('settling');
  });

  it('holds the explorer around the map: the key, details and the article’s first screen with its passages marked', () => {
    // The key opens folded; its body, hidden, is filled by the app (a kilobyte less in every first load).
    expect(explorer.querySelector('.map-key-toggle')?.textContent).toBe('Key');
    expect(explorer.querySelector('.map-key-body')?.hasAttribute('hidden')).toBe(true);
    expect(explorer.querySelector('.map-key-body')?.children).toHaveLength(0);
    expect(explorer.querySelector('.details-panel')).not.toBeNull();
    const article = explorer.querySelector('.article-reader')!;
    expect(article.querySelector('.article-title')?.textContent).toContain('Russia Is Trying to Poach');
    const paragraphs = [...article.querySelectorAll('.article-body > p')];
    // What the reader shows in the frame's own 1280×800 view before scrolling; the rest comes with the app.
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]!.textContent).toContain(dataset.article.paragraphs[0]!.slice(0, 40));
    expect(article.querySelectorAll('mark.passage').length).toBeGreaterThan(10);
  });

  it('is inert markup: no script, no handlers, no names for a frame that is never read out', () => {
    const all = [...explorer.querySelectorAll('*')];
    expect(explorer.querySelector('script')).toBeNull();
    // Nor style attributes, which a strict Content-Security-Policy refuses in markup: the script that shows the frame applies them.
    for (const element of all) for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on|^aria-label$|^title$|^tabindex$|^style$/);
    expect(explorer.querySelector('mark.passage[data-style^="background-color:"]')).not.toBeNull();
    // Its passages are still drawn as links, to nowhere until the app replaces the frame.
    expect(explorer.querySelectorAll('mark.passage a[href=""]').length).toBeGreaterThan(5);
    expect(explorer.querySelector('a[href^="?"]')).toBeNull();
    // What the styles select on stays.
    expect(explorer.querySelector('.edit-toggle[aria-pressed="false"]')).not.toBeNull();
  });

  it('the embed frame is the embed view in blocs, as an article column opens it: map, legend and source, none of the explorer', () => {
    const embed = parse(renderFirstFrame('embed'));
    // Each actor that no other holds is drawn; those holding others as closed blocs, with their count.
    const outermost = dataset.actors.filter((actor) => !(actor as { partOf?: string }).partOf);
    expect([...embed.querySelectorAll('[data-actor-id]')].map((actor) => actor.getAttribute('data-actor-id')).sort()).toEqual(outermost.map((actor) => actor.id).sort());
    expect(embed.querySelector('[data-actor-id="united-states"]')?.getAttribute('data-bloc')).toBe('closed');
    expect(embed.querySelector('[data-actor-id="united-states"]')?.textContent).toMatch(/United States · \d+/);
    expect(firstFrameAttributes('embed')).toBe(` data-blocs="all" data-blocs-below="${viewAreaForEveryLabel(dataset.actors.map((actor) => actor.name))}"`);
    expect(firstFrameAttributes('explorer')).toMatch(/ data-blocs="none" /);
    expect(embed.querySelector('.embed-source')?.textContent).toContain('Source:');
    expect(embed.querySelector('.article-reader')).toBeNull();
    expect(embed.querySelector('.edit-bar')).toBeNull();
  });
});

describe('inertMarkup', () => {
  it('drops names, descriptions, tooltips and tab stops, and keeps the state the styles read and all text', () => {
    const html = '<button type="button" aria-label="Hide &quot;support&quot;" title="Click to hide." aria-pressed="true" tabindex="-1" role="tab" data-stance="support" style="color:red">title=&quot;kept&quot; aria-label=&quot;kept&quot;</button>';
    // React writes quotes in text as &quot;, so text never looks like an attribute.
    expect(inertMarkup(html)).toBe('<button type="button" aria-pressed="true" role="tab" data-stance="support" data-style="color:red">title=&quot;kept&quot; aria-label=&quot;kept&quot;</button>');
  });
});

describe('withFirstFrame', () => {
  const page = '<body><div id="root"></div><template id="first-frame"></template>\n    <script type="module" crossorigin src="./assets/index-abc.js"></script></body>';

  it('fills the template and puts the first-frame script before the app, text with $ signs intact', () => {
    const filled = withFirstFrame(page, '<p>costs $&amp; $1 $$</p>', { src: './assets/first-frame-x.js', beforeScript: /<script type="module"[^>]*src="\.\/assets\/index-/ });
    expect(filled).toContain('<template id="first-frame"><p>costs $&amp; $1 $$</p></template>');
    expect(filled.indexOf('first-frame-x.js')).toBeLessThan(filled.indexOf('index-abc.js'));
    // Async: it runs when it arrives, without waiting for the stylesheet (showFirstFrameWhenParsed).
    expect(filled).toContain('<script type="module" async crossorigin src="./assets/first-frame-x.js"></script>');
  });

  it('refuses a page without the empty template, rather than ship a page without its first frame', () => {
    expect(() => withFirstFrame('<body></body>', '<p></p>')).toThrow(/template/);
  });
});
