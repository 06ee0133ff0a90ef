/**
 * Handouts: the story printed (or saved as PDF through the print dialog) one page a step, each
 * page the step's slide, with the speaker notes under it when asked for. The pages are built in
 * a container that only print shows, and removed after printing.
 */
import { t, tn } from '../../i18n/translate';
import type { MapStore } from '../../store/createMapStore';
import { forEachStepSlide, mapSvgIn } from './saveSlides';
import './handouts.css';

/** Builds the pages in `document.body` and returns them; `remove()` takes them away again. */
export async function buildHandouts(root: ParentNode, store: MapStore, { notes }: { notes: boolean }): Promise<HTMLElement | null> {
  const mapSvg = mapSvgIn(root);
  if (!mapSvg) return null;
  const count = store.getState().index.dataset.story?.length ?? 0;
  document.querySelector('.handouts')?.remove();
  const pages = document.createElement('div');
  pages.className = 'handouts';
  await forEachStepSlide(mapSvg, store, (slide, step, at) => {
    const page = document.createElement('section');
    page.className = 'handout-page';
    slide.removeAttribute('width');
    slide.removeAttribute('height');
    page.append(slide);
    const footer = document.createElement('p');
    footer.className = 'handout-number';
    footer.textContent = t('Step {at} of {count}', { at: at + 1, count });
    page.append(footer);
    if (notes && step.notes) {
      const heading = document.createElement('h2');
      heading.textContent = t('Notes');
      const text = document.createElement('p');
      text.className = 'handout-notes';
      text.textContent = step.notes;
      page.append(heading, text);
    }
    pages.append(page);
  });
  document.body.append(pages);
  return pages;
}

/** Builds the handouts, opens the print dialog, and removes them once printed. */
export async function printHandouts(root: ParentNode | null | undefined, store: MapStore, restore: () => void, options: { notes: boolean }): Promise<string> {
  if (!root) return t('The map is not on the page.');
  let pages: HTMLElement | null;
  try {
    pages = await buildHandouts(root, store, options);
  } finally {
    restore();
  }
  if (!pages) return root.querySelector('canvas.stance-map-canvas') ? t('A map this large is drawn on a canvas: handouts are made from the SVG map (open it with ?renderer=svg).') : t('The map is not on the page.');
  window.addEventListener('afterprint', () => pages.remove(), { once: true });
  window.print();
  // English says “pages” for one too, as it always has; other languages choose their forms.
  return options.notes
    ? tn(pages.childElementCount, 'Handouts ready: {count} pages, with notes.', 'Handouts ready: {count} pages, with notes.')
    : tn(pages.childElementCount, 'Handouts ready: {count} pages.', 'Handouts ready: {count} pages.');
}
