import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { ArrowMarkers } from '../../../src/components/graph/ArrowMarkers';
import { buildExportSvg, downloadBlob, exportFileName, isOpaqueColour, serializeSvg, svgToPngBlob, wrapText } from '../../../src/components/export/exportMap';
import { STANCE_STYLES, stanceDescription } from '../../../src/components/theme';

const SVG_NS = 'http://www.w3.org/2000/svg';
const META = { title: 'Russia Is Trying to Poach U.S.-Trained Rebels', credit: '“Russia Is Trying…”, Michael Weiss, The Daily Beast, 5 August 2016. © The Daily Beast' };
const SCRIPT_TEXT = '<script>alert(1)</script>';

// The page's real stylesheet, so the export is checked against the rules the map is drawn with.
// jsdom cascades it (no inheritance, no custom properties inherited, no paint-order).
let stylesheet: HTMLStyleElement;
beforeAll(() => {
  stylesheet = document.createElement('style');
  stylesheet.textContent = readFileSync('src/app/styles.css', 'utf8');
  document.head.append(stylesheet);
  expect((stylesheet.sheet as CSSStyleSheet).cssRules.length).toBeGreaterThan(10);
});
afterAll(() => stylesheet.remove());
afterEach(() => {
  document.documentElement.removeAttribute('data-theme');
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** The markup StanceMap, RelationEdge and ActorNode render, by hand and without a store. */
function renderMap({ actorName = 'Russia', injected = false }: { actorName?: string; injected?: boolean } = {}) {
  const { container } = render(
    <svg className="stance-map-svg" role="group" aria-label="Map of actors and their stances" tabIndex={0}>
      <ArrowMarkers />
      <g className="viewport" transform="translate(10,20) scale(1.5)">
        <g className="member-links">
          <g className="member-link" aria-hidden="true">
            <path d="M0,0L10,10" />
          </g>
        </g>
        <g className="relations">
          <g className="relation" data-relation-id="r1" data-stance="support" data-status="ongoing" data-selected="" role="button" tabIndex={0}>
            <path className="relation-hit" d="M0,0L100,0" />
            <path className="relation-halo" d="M0,0L100,0" />
            <path className="relation-line" d="M0,0L100,0" stroke={STANCE_STYLES.support.colour} strokeOpacity={0.95} markerEnd="url(#stancemap-arrow-support-filled)" />
          </g>
          <g className="relation" data-relation-id="r2" data-stance="hostility" data-status="not-delivered" data-emphasis="dimmed" role="button" tabIndex={-1}>
            <path className="relation-hit" d="M0,0L0,100" />
            <path className="relation-halo" d="M0,0L0,100" />
            <path className="relation-line" d="M0,0L0,100" stroke={STANCE_STYLES.hostility.colour} strokeDasharray={STANCE_STYLES.hostility.dash} markerEnd="url(#stancemap-arrow-hostility-hollow)" />
            <g className="relation-status-mark" data-status-mark="" transform="translate(0,50)">
              <circle r={7} stroke={STANCE_STYLES.hostility.colour} />
              <text dy="0.35em" textAnchor="middle">
                ✕
              </text>
            </g>
          </g>
          <g className="relation" data-relation-id="r3" data-stance="offer" data-status="proposed" role="button" tabIndex={-1}>
            <path className="relation-hit" d="M0,0L50,50" />
            <path className="relation-halo" d="M0,0L50,50" />
            <path className="relation-line" d="M0,0L50,50" stroke={STANCE_STYLES.offer.colour} strokeDasharray={STANCE_STYLES.offer.dash} markerEnd="url(#stancemap-arrow-offer-hollow)" />
          </g>
        </g>
        <g className="actors">
          <g className="actor" data-actor-id="russia" data-kind="state" transform="translate(0,0)" role="button" tabIndex={-1} aria-label={actorName}>
            <circle className="actor-hit" r={14} />
            <path className="actor-shape" d="M0,-8L8,0L0,8Z" fill="#D4E8F7" />
            <text className="actor-label" y={22} textAnchor="middle">
              <tspan x="0" dy={0}>
                {actorName}
              </tspan>
            </text>
          </g>
          <g className="actor" data-actor-id="sejry" data-kind="person" transform="translate(100,0)" data-emphasis="dimmed">
            <circle className="actor-hit" r={14} />
            <path className="actor-shape" d="M0,-8L8,0L0,8Z" fill="#F2F2F0" />
            <text className="actor-label" y={22} textAnchor="middle">
              <tspan x="0" dy={0}>
                Mustafa
              </tspan>
              <tspan x="0" dy={14}>
                Sejry
              </tspan>
            </text>
          </g>
        </g>
      </g>
    </svg>,
  );
  const svg = container.querySelector<SVGSVGElement>('svg.stance-map-svg')!;
  if (injected) {
    const script = document.createElementNS(SVG_NS, 'script');
    script.textContent = 'alert(1)';
    svg.querySelector('.actors')!.append(script);
    svg.querySelector('.actor')!.setAttribute('onclick', 'alert(1)');
  }
  return svg;
}

const mockSize = (svg: SVGSVGElement, width: number, height: number) =>
  vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue({ width, height, x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, toJSON: () => ({}) } as DOMRect);

const styleOf = (element: Element | null) => element?.getAttribute('style') ?? '';

describe('buildExportSvg', () => {
  // jsdom's getComputedStyle walks the whole stylesheet for every element: build the common case once.
  let exported: SVGSVGElement;
  beforeAll(() => {
    exported = buildExportSvg(renderMap(), META);
  });

  test('puts the title above the map and the credit below it, as text', () => {
    expect(exported.querySelector('.export-title')).toHaveTextContent(META.title);
    expect(exported.querySelector('.export-credit')).toHaveTextContent(META.credit);
    expect(exported.querySelector('title')?.textContent).toBe(META.title);
    const mapTop = Number(/translate\(0,(\d+)\)/.exec(exported.querySelector('.export-map')!.getAttribute('transform')!)![1]);
    expect(Number(exported.querySelector('.export-title')!.getAttribute('y'))).toBeLessThan(mapTop);
    expect(Number(exported.querySelector('.export-credit')!.getAttribute('y'))).toBeGreaterThan(mapTop + 600);
  });

  test('wraps a title longer than the map is wide', () => {
    const svg = renderMap();
    mockSize(svg, 320, 400);
    const long = 'Russia Is Trying to Poach U.S.-Trained Rebels With ‘Unlimited’ Weapons in Syria';
    const title = buildExportSvg(svg, { ...META, title: long }).querySelector('.export-title')!;
    const lines = Array.from(title.querySelectorAll('tspan'), (tspan) => tspan.textContent);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long);
  });

  test('has a legend entry for each stance on the map, with its colour and pattern', () => {
    const entries = Array.from(exported.querySelectorAll('.export-legend-entry[data-stance]'));
    expect(entries.map((entry) => entry.getAttribute('data-stance'))).toEqual(['support', 'hostility', 'offer']);
    for (const entry of entries) {
      const style = STANCE_STYLES[entry.getAttribute('data-stance') as keyof typeof STANCE_STYLES];
      const line = entry.querySelector('line')!;
      expect(line.getAttribute('stroke')).toBe(style.colour);
      expect(line.getAttribute('stroke-dasharray')).toBe(style.dash || null);
      expect(entry.querySelector('path')!.getAttribute('fill')).toBe(style.colour);
      expect(entry).toHaveTextContent(stanceDescription(entry.getAttribute('data-stance') as keyof typeof STANCE_STYLES));
    }
  });

  test('has a legend entry for each kind of status on the map: filled or hollow arrowhead, and its mark', () => {
    const entries = Array.from(exported.querySelectorAll('.export-legend-entry[data-modality]'));
    expect(entries.map((entry) => entry.getAttribute('data-modality'))).toEqual(['realised', 'potential', 'failed']);
    const [realised, potential, failed] = entries;
    expect(realised!.querySelector('path')!.getAttribute('fill')).toBe('#1b1b1f');
    expect(potential!.querySelector('path')!.getAttribute('fill')).toBe('#ffffff');
    expect(failed!.querySelector('text')).toHaveTextContent('✕');
    expect(potential).toHaveTextContent('proposed, promised, considered or threatened');
  });

  test('leaves out hit areas and the halos of unselected relations', () => {
    expect(exported.querySelector('.relation-hit, .actor-hit')).toBeNull();
    expect(Array.from(exported.querySelectorAll('.relation-halo'), (halo) => halo.closest('.relation')!.getAttribute('data-relation-id'))).toEqual(['r1']);
    expect(exported.querySelectorAll('.relation-line')).toHaveLength(3);
    expect(exported.querySelectorAll('.actor-label')).toHaveLength(2);
  });

  test('writes the styles CSS gave each element inline, with CSS variables resolved', () => {
    const line = exported.querySelector('[data-relation-id="r1"] .relation-line');
    expect(styleOf(line)).toContain('fill: none');
    expect(styleOf(line)).toContain('stroke-width: 2.2');
    expect(styleOf(line)).toContain('stroke-linecap: round');
    expect(line!.getAttribute('stroke')).toBe(STANCE_STYLES.support.colour);
    expect(line!.getAttribute('marker-end')).toBe('url(#stancemap-arrow-support-filled)');
    expect(styleOf(exported.querySelector('[data-relation-id="r2"]'))).toContain('opacity: 0.12');
    expect(styleOf(exported.querySelector('[data-relation-id="r1"] .relation-halo'))).toContain('stroke: #1b1b1f');
    const label = exported.querySelector('.actor-label');
    expect(styleOf(label)).toContain('fill: #1b1b1f');
    expect(styleOf(label)).toContain('stroke: #ffffff');
    expect(styleOf(label)).toContain('font-size: 12px');
    expect(styleOf(label)).toContain('font-weight: 600');
    expect(styleOf(exported.querySelector('[data-actor-id="sejry"] .actor-label'))).toContain('font-weight: 500');
    expect(styleOf(exported.querySelector('.actor-shape'))).toContain('stroke: #2b2b33');
    expect(styleOf(exported.querySelector('.member-link path'))).toContain('stroke-dasharray: 1 3');
    expect(styleOf(exported)).toContain("font-family: system-ui, -apple-system, 'Segoe UI'");
    expect(serializeSvg(exported)).not.toContain('var(');
  });

  test('shows every label, even one the page hides', () => {
    const hide = document.createElement('style');
    hide.textContent = ".actor[data-kind='person'] .actor-label { display: none; } .actor[data-kind='state'] .actor-label { visibility: hidden; }";
    document.head.append(hide);
    try {
      const labelled = buildExportSvg(renderMap(), META);
      expect(styleOf(labelled.querySelector('[data-actor-id="sejry"] .actor-label'))).toContain('display: inline');
      expect(styleOf(labelled.querySelector('[data-actor-id="russia"] .actor-label'))).toContain('visibility: visible');
      expect(labelled.querySelector('[data-actor-id="sejry"] .actor-label')).toHaveTextContent('MustafaSejry');
    } finally {
      hide.remove();
    }
  });

  test('leaves out the labels the map does not show, and draws the others where and as big as the map does', () => {
    const map = renderMap();
    map.querySelector('[data-actor-id="sejry"] .actor-label')!.setAttribute('data-label-side', 'none');
    map.querySelector('[data-actor-id="russia"] .actor-label')!.setAttribute('data-label-side', 'right');
    // In a browser, the label's CSS transform (to the shape's side, scaled back by the zoom) computes to a matrix.
    const placed = document.createElement('style');
    placed.textContent = ".actor-label[data-label-side='right'] { transform: matrix(0.5, 0, 0, 0.5, 8, 3); text-anchor: start; }";
    document.head.append(placed);
    try {
      const labelled = buildExportSvg(map, META);
      expect(labelled.querySelector('[data-actor-id="sejry"]')).not.toBeNull();
      expect(labelled.querySelector('[data-actor-id="sejry"] .actor-label')).toBeNull();
      const label = labelled.querySelector('[data-actor-id="russia"] .actor-label')!;
      expect(label.getAttribute('transform')).toBe('matrix(0.5, 0, 0, 0.5, 8, 3)');
      expect(styleOf(label)).toContain('text-anchor: start');
    } finally {
      placed.remove();
    }
  });

  test('keeps the arrowheads, with the hollow ones filled with the map background', () => {
    expect(exported.querySelector('marker#stancemap-arrow-support-filled path')!.getAttribute('fill')).toBe(STANCE_STYLES.support.colour);
    expect(exported.querySelector('marker#stancemap-arrow-offer-hollow path')!.getAttribute('fill')).toBe('#ffffff');
    expect(exported.querySelectorAll('marker')).toHaveLength(8);
  });

  test('keeps the current zoom and pan, clipped to the map', () => {
    expect(exported.querySelector('.viewport')!.getAttribute('transform')).toBe('translate(10,20) scale(1.5)');
    expect(exported.querySelector('.viewport')!.closest('[clip-path]')!.getAttribute('clip-path')).toBe('url(#stancemap-export-map-clip)');
  });

  test('takes the dark theme’s colours, on an opaque background', () => {
    document.documentElement.setAttribute('data-theme', 'dark');
    const dark = buildExportSvg(renderMap(), META);
    expect(dark.querySelector('.export-background')!.getAttribute('fill')).toBe('#1a1d23');
    expect(dark.querySelector('.export-title')!.getAttribute('fill')).toBe('#ecebe7');
    expect(dark.querySelector('.export-credit')!.getAttribute('fill')).toBe('#a9a9b3');
    expect(styleOf(dark.querySelector('.actor-label'))).toContain('fill: #ecebe7');
    expect(dark.querySelector('marker#stancemap-arrow-offer-hollow path')!.getAttribute('fill')).toBe('#1a1d23');
  });

  test('falls back to an opaque background when the map is transparent', () => {
    const theme = document.createElement('style');
    theme.textContent = ':root { --map-background: #fdf6e3; } :root[data-transparent] { --map-background: transparent; --panel-background: transparent; }';
    document.head.append(theme);
    try {
      // The map's own colour while it has one; an opaque one in its place when a host page makes it transparent.
      expect(buildExportSvg(renderMap(), META).querySelector('.export-background')!.getAttribute('fill')).toBe('#fdf6e3');
      document.documentElement.setAttribute('data-transparent', '');
      const fill = buildExportSvg(renderMap(), META).querySelector('.export-background')!.getAttribute('fill')!;
      expect(fill).not.toBe('transparent');
      expect(isOpaqueColour(fill)).toBe(true);
    } finally {
      document.documentElement.removeAttribute('data-transparent');
      theme.remove();
    }
  });

  test('is as wide as the map on screen and tall enough for the title, legend and credit', () => {
    const svg = renderMap();
    mockSize(svg, 1000.4, 520);
    const sized = buildExportSvg(svg, META);
    // 50 title (14 + 26 + 10) + 520 map + 86 legend (12 + 3 rows of 22 + 2 gaps of 4) + 38 credit (10 + 16 + 12).
    expect(sized.getAttribute('width')).toBe('1000');
    expect(sized.getAttribute('height')).toBe('694');
    expect(sized.getAttribute('viewBox')).toBe('0 0 1000 694');
    const clip = sized.querySelector('clipPath rect')!;
    expect([clip.getAttribute('width'), clip.getAttribute('height')]).toEqual(['1000', '520']);
    expect(sized.querySelector('.export-map')!.getAttribute('transform')).toBe('translate(0,50)');
    expect(sized.querySelector('.export-background')!.getAttribute('height')).toBe('694');
  });

  test('is 800 × 600 plus its margins where the map has no size (jsdom)', () => {
    expect(exported.getAttribute('width')).toBe('800');
    const clip = exported.querySelector('clipPath rect')!;
    expect([clip.getAttribute('width'), clip.getAttribute('height')]).toEqual(['800', '600']);
    expect(Number(exported.getAttribute('height'))).toBeGreaterThan(600 + 50);
    expect(exported.getAttribute('viewBox')).toBe(`0 0 800 ${exported.getAttribute('height')}`);
  });

  test('inserts dataset text as text only', () => {
    const hostile = buildExportSvg(renderMap({ actorName: SCRIPT_TEXT }), { title: `Title ${SCRIPT_TEXT}`, credit: `Credit ${SCRIPT_TEXT}` });
    expect(hostile.querySelector('script')).toBeNull();
    expect(hostile.querySelector('.export-title')).toHaveTextContent(`Title ${SCRIPT_TEXT}`);
    expect(hostile.querySelector('.export-credit')).toHaveTextContent(`Credit ${SCRIPT_TEXT}`);
    expect(hostile.querySelector('.actor-label')).toHaveTextContent(SCRIPT_TEXT);
    const parsed = new DOMParser().parseFromString(serializeSvg(hostile), 'image/svg+xml');
    expect(parsed.querySelector('script')).toBeNull();
    expect(parsed.querySelector('.export-title')!.textContent).toBe(`Title ${SCRIPT_TEXT}`);
  });

  test('drops scripts, event handlers and keyboard stops from the copy of the map', () => {
    const cleaned = buildExportSvg(renderMap({ injected: true }), META);
    expect(cleaned.querySelector('script')).toBeNull();
    expect(cleaned.querySelector('[onclick], [tabindex], [role="button"]')).toBeNull();
  });

  test('leaves the map on screen as it was', () => {
    const svg = renderMap();
    const before = svg.outerHTML;
    buildExportSvg(svg, META);
    expect(svg.outerHTML).toBe(before);
  });
});

describe('serializeSvg', () => {
  test('gives a standalone SVG document that parses back without errors', () => {
    const text = serializeSvg(buildExportSvg(renderMap(), META));
    expect(text.startsWith('<svg')).toBe(true);
    expect(text.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1);
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.documentElement.namespaceURI).toBe(SVG_NS);
    expect(parsed.documentElement.localName).toBe('svg');
    expect(parsed.querySelectorAll('.relation-line')).toHaveLength(3);
  });

  test('declares the namespace on an SVG built by hand', () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.append(document.createElementNS(SVG_NS, 'rect'));
    const parsed = new DOMParser().parseFromString(serializeSvg(svg), 'image/svg+xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.documentElement.namespaceURI).toBe(SVG_NS);
  });
});

describe('svgToPngBlob', () => {
  const stubObjectUrls = () => {
    const revoke = vi.fn();
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:map');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(revoke);
    return revoke;
  };
  const imageOnce = () => {
    const create = document.createElement.bind(document);
    const images: HTMLImageElement[] = [];
    vi.spyOn(document, 'createElement').mockImplementation((name: string, options?: ElementCreationOptions) => {
      const element = create(name, options);
      if (element instanceof HTMLImageElement) images.push(element);
      return element;
    });
    return images;
  };

  test('rejects with a clear error when the image does not load', async () => {
    const revoke = stubObjectUrls();
    const images = imageOnce();
    const result = svgToPngBlob('<svg/>', 10, 10);
    expect(images[0]!.src).toBe('blob:map');
    images[0]!.dispatchEvent(new Event('error'));
    await expect(result).rejects.toThrow(new Error('Cannot export the map as PNG: the browser could not load the map as an image.'));
    expect(revoke).toHaveBeenCalledWith('blob:map');
  });

  test('rejects with a clear error when the canvas gives no PNG', async () => {
    stubObjectUrls();
    const images = imageOnce();
    const drawImage = vi.fn();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage } as unknown as CanvasRenderingContext2D);
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback) => callback(null));
    const result = svgToPngBlob('<svg/>', 300, 200, 2);
    images[0]!.dispatchEvent(new Event('load'));
    await expect(result).rejects.toThrow(new Error('Cannot export the map as PNG: the browser could not encode a 600×400 image (try a smaller scale).'));
    expect(drawImage).toHaveBeenCalledWith(images[0], 0, 0, 600, 400);
  });

  test('resolves with the canvas’s PNG', async () => {
    stubObjectUrls();
    const images = imageOnce();
    const png = new Blob(['png'], { type: 'image/png' });
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage: vi.fn() } as unknown as CanvasRenderingContext2D);
    const toBlob = vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback) => callback(png));
    const result = svgToPngBlob('<svg/>', 300, 200);
    images[0]!.dispatchEvent(new Event('load'));
    await expect(result).resolves.toBe(png);
    expect(toBlob.mock.calls[0]![1]).toBe('image/png');
  });

  test('rejects a size that is not a positive number', async () => {
    await expect(svgToPngBlob('<svg/>', 0, 10)).rejects.toThrow(new RangeError('Cannot export the map as PNG: width must be a positive number, not 0.'));
    await expect(svgToPngBlob('<svg/>', 10, 10, Number.NaN)).rejects.toThrow(RangeError);
  });
});

describe('downloadBlob', () => {
  test('clicks a temporary download link to an object URL, and revokes the URL later', () => {
    vi.useFakeTimers();
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:download');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected });
    });
    downloadBlob(new Blob(['x']), 'russia-poach-rebels-2016-map.svg');
    expect(clicked).toEqual([{ href: 'blob:download', download: 'russia-poach-rebels-2016-map.svg', attached: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:download');
  });
});

describe('exportFileName', () => {
  test('names the file after the dataset', () => {
    expect(exportFileName('russia-poach-rebels-2016', 'png')).toBe('russia-poach-rebels-2016-map.png');
    expect(exportFileName('russia-poach-rebels-2016', 'svg')).toBe('russia-poach-rebels-2016-map.svg');
  });

  test('keeps only safe characters', () => {
    expect(exportFileName('Mu’tasim Brigade / Aleppo', 'png')).toBe('mu-tasim-brigade-aleppo-map.png');
    expect(exportFileName('Émigrés', 'svg')).toBe('emigres-map.svg');
    expect(exportFileName('../..', 'svg')).toBe('stancemap-map.svg');
  });
});

describe('helpers', () => {
  test('isOpaqueColour', () => {
    for (const colour of ['#fff', '#ffffff', '#ffff', 'rgb(255, 255, 255)', 'rgba(0, 0, 0, 1)', 'rgb(0 0 0 / 100%)', 'white']) expect(isOpaqueColour(colour)).toBe(true);
    for (const colour of ['', 'transparent', 'none', '#fff0', '#ffffff80', 'rgba(0, 0, 0, 0)', 'rgb(0 0 0 / 0.5)']) expect(isOpaqueColour(colour)).toBe(false);
  });

  test('wrapText keeps whole words and never drops one', () => {
    const width = (text: string) => text.length;
    expect(wrapText('one two three four', 9, width)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('unbreakable', 4, width)).toEqual(['unbreakable']);
    expect(wrapText('  ', 10, width)).toEqual([]);
  });
});
