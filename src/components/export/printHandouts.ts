/**
 * Handouts: the story printed (or saved as PDF through the print dialog) one page a step, each
 * page the step's slide, with the speaker notes under it when asked for. The pages are built in
 * a container that only print shows, and removed after printing.
 */
import { storySteps } from '../../model/steps';
import type { MapStore } from '../../store/createMapStore';
import { buildSlideSvg } from './exportSlide';
import { imageCredit } from './saveMapImage';
import './handouts.css';

const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Builds the pages in `document.body` and returns them; `remove()` takes them away again. */
export async function buildHandouts(root: ParentNode, store: MapStore, { notes }: { notes: boolean }): Promise<HTMLElement | null> {
  const mapSvg = root.querySelector<SVGSVGElement>('svg.stance-map-svg');
  if (!mapSvg) return null;
  const { index } = store.getState();
  const { dataset } = index;
  document.querySelector('.handouts')?.remove();
  const pages = document.createElement('div');
  pages.className = 'handouts';
  for (const [at, step] of storySteps(index).entries()) {
    store.getState().showStep(step, 'cut');
    await painted();
    const page = document.createElement('section');
    page.className = 'handout-page';
    const slide = buildSlideSvg(mapSvg, { kicker: dataset.title, title: step.title, caption: step.caption, passage: step.passage?.quote, credit: imageCredit(dataset) });
    slide.removeAttribute('width');
    slide.removeAttribute('height');
    page.append(slide);
    const footer = document.createElement('p');
    footer.className = 'handout-number';
    footer.textContent = `Step ${at + 1} of ${dataset.story?.length ?? 0}`;
    page.append(footer);
    if (notes && step.notes) {
      const heading = document.createElement('h2');
      heading.textContent = 'Notes';
      const text = document.createElement('p');
      text.className = 'handout-notes';
      text.textContent = step.notes;
      page.append(heading, text);
    }
    pages.append(page);
  }
  document.body.append(pages);
  return pages;
}

/** Builds the handouts, opens the print dialog, and removes them once printed. */
export async function printHandouts(root: ParentNode | null | undefined, store: MapStore, restore: () => void, options: { notes: boolean }): Promise<string> {
  if (!root) return 'The map is not on the page.';
  let pages: HTMLElement | null;
  try {
    pages = await buildHandouts(root, store, options);
  } finally {
    restore();
  }
  if (!pages) return root.querySelector('canvas.stance-map-canvas') ? 'A map this large is drawn on a canvas: handouts are made from the SVG map (open it with ?renderer=svg).' : 'The map is not on the page.';
  window.addEventListener('afterprint', () => pages.remove(), { once: true });
  window.print();
  return `Handouts ready: ${pages.childElementCount} pages${options.notes ? ', with notes' : ''}.`;
}
