import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { inertMarkup, renderFirstFrame } from '../../src/app/firstFrame/renderFirstFrame';
import { withFirstFrame } from '../../scripts/prerenderFirstFrame';

interface SavedActor {
  id: string;
  name: string;
  position: { x: number; y: number };
}
const dataset = JSON.parse(readFileSync('data/russia-poach-rebels-2016.json', 'utf8')) as { actors: SavedActor[]; relations: { id: string }[]; article: { paragraphs: string[] } };
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
    // Each relation on a line of its own, or on its group's (same ends, direction and stance).
    const drawn = [...explorer.querySelectorAll('svg [data-relation-id], svg [data-relation-ids]')].flatMap((line) => (line.getAttribute('data-relation-id') ?? line.getAttribute('data-relation-ids')!).split(' '));
    expect(drawn.sort()).toEqual(dataset.relations.map((relation) => relation.id).sort());
    const lines = [...explorer.querySelectorAll('[data-relation-id] .relation-line, [data-relation-ids] .relation-line')];
    expect(lines.length).toBeLessThan(dataset.relations.length);
    for (const line of lines) expect(line.getAttribute('d')).toMatch(/^M[-\d.]+,[-\d.]+[LQ]/);
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
    // What a laptop shows before scrolling; the rest of the article comes with the app.
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]!.textContent).toContain(dataset.article.paragraphs[0]!.slice(0, 40));
    expect(article.querySelectorAll('mark.passage').length).toBeGreaterThan(10);
  });

  it('is inert markup: no script, no handlers, no names for a frame that is never read out', () => {
    const all = [...explorer.querySelectorAll('*')];
    expect(explorer.querySelector('script')).toBeNull();
    // Nor style attributes, which a strict Content-Security-Policy refuses in markup: the script that shows the frame applies them.
    for (const element of all) for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on|^aria-label$|^title$|^tabindex$|^style$/);
    expect(explorer.querySelector('mark.passage[data-style^="background-color:"]')).not.toBeNull();
    // What the styles select on stays.
    expect(explorer.querySelector('.edit-toggle[aria-pressed="false"]')).not.toBeNull();
  });

  it('the embed frame is the embed view: map, legend and source, none of the explorer', () => {
    const embed = parse(renderFirstFrame('embed'));
    expect(embed.querySelectorAll('[data-actor-id]')).toHaveLength(dataset.actors.length);
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
