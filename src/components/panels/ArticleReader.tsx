import { memo, useEffect, useRef, useState, type MouseEvent } from 'react';
import { PassageMenuWhenEditing } from '../authoring/whenEditing';
import { partAt, type ArticlePartKey } from '../../model/articleParts';
import { segmentPassages } from '../../model/segmentPassages';
import { articleTextAttributes } from '../../model/textDirection';
import { isSafeHttpUrl } from '../../model/textFragmentUrl';
import { useMapStore, useMapStoreApi } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { relationName, STANCE_STYLES } from '../theme';
import { prefersReducedMotion } from '../prefersReducedMotion';
import { usePrerendering } from '../prerender';
import { serializeViewState } from '../../embed/urlState';
import { NO_FILTERS } from '../../model/filters';
import { formatPublished } from './formatPublished';
import { afterFirstDrawing } from '../graph/mapBehaviour';
import { t } from '../../i18n/translate';
import { tElements } from '../../i18n/tElements';

/**
 * Paragraphs in the prerendered first frame: as many as the reader shows in the view the frame is
 * drawn for, 1280×800 (2; 3 at 1440×900, 4 at 1920×1080); the rest come with the app.
 */
const FIRST_FRAME_PARAGRAPHS = 2;
/**
 * A long article (a generated dataset's thousands of paragraphs) is rendered in slices, in the
 * page's idle time, so the map is drawn first: rendering and laying out 1,300 paragraphs at once
 * held the first drawing back by 0.7 s. Articles up to this long render whole, at once.
 */
const PARAGRAPHS_AT_ONCE = 60;
const PARAGRAPHS_PER_SLICE = 50;
/** How long the slices wait for the map's first drawing before they go ahead without it. */
const FIRST_DRAWING_WAIT_MS = 3000;

/**
 * The whole article, with every cited passage marked in its stance's colour and underline.
 * The text renders once per dataset; selection only moves attributes on the marks, so a click
 * does not re-render the article.
 */
// How long after a selection a change of the reader's size still brings its passage back to the centre.
const RECENTRE_AFTER_SELECTION_MS = 1500;

export function ArticleReader() {
  const index = useMapStore(selectIndex);
  const prerendering = usePrerendering();
  const store = useMapStoreApi();
  const bodyRef = useRef<HTMLDivElement>(null);
  const readerRef = useRef<HTMLElement>(null);
  // The menu listens on the reader, so it needs the element itself, once it exists.
  const [reader, setReader] = useState<HTMLElement | null>(null);
  const { article } = index.dataset;
  const textAttributes = articleTextAttributes(article.language);
  const total = article.paragraphs.length;
  const [shown, setShown] = useState(() => Math.min(total, PARAGRAPHS_AT_ONCE));
  const allShown = shown >= total;
  useEffect(() => {
    if (allShown) return;
    const more = () => setShown((count) => Math.min(total, count + PARAGRAPHS_PER_SLICE));
    // In the page's idle time, after the map's first drawing: rendering and laying out the slices
    // meanwhile held a 2,000-actor map's first drawing back by 0.4 s (the paint worker waited for the machine).
    let slice: number | undefined;
    const cancelWait = afterFirstDrawing(() => {
      slice = typeof requestIdleCallback === 'function' ? requestIdleCallback(more, { timeout: 1000 }) : window.setTimeout(more, 50);
    }, FIRST_DRAWING_WAIT_MS);
    return () => {
      cancelWait();
      if (slice === undefined) return;
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(slice);
      else clearTimeout(slice);
    };
  }, [shown, total, allShown]);

  // Marks follow the selection by attribute; the reader scrolls to the current passage.
  useEffect(() => {
    const apply = (animate: boolean) => {
      const body = bodyRef.current;
      if (!body) return;
      const { selection, currentPassage } = store.getState();
      const selectedId = selection?.kind === 'relation' ? selection.id : null;
      // A passage further down than the paragraphs rendered so far: render them all, then come back.
      if (!allShown && selectedId !== null) return setShown(total);
      let current: Element | null = null;
      for (const mark of body.querySelectorAll<HTMLElement>('mark[data-relation-ids]')) {
        const ids = mark.dataset.relationIds!.split(' ');
        const isSelected = selectedId !== null && ids.includes(selectedId);
        mark.toggleAttribute('data-selected', isSelected);
        mark.removeAttribute('aria-current');
        if (isSelected && !current) {
          const wanted = currentPassage && currentPassage.relationId === selectedId ? index.evidenceSpans.get(selectedId)?.[currentPassage.evidenceIndex] : index.evidenceSpans.get(selectedId)?.[0];
          if (!wanted || (mark.dataset.part === String(wanted.part) && Number(mark.dataset.start) < wanted.end && Number(mark.dataset.end) > wanted.start)) current = mark;
        }
      }
      if (current) {
        current.setAttribute('aria-current', 'true');
        scrollWithin(readerRef.current, current as HTMLElement, animate);
        scrolledTo = { mark: current as HTMLElement, at: performance.now() };
      }
    };
    // A selection also opens its details, which may resize the reader (a narrower column, a shorter
    // one): the passage it just scrolled to is then centred again, unless the reader has moved on.
    let scrolledTo: { mark: HTMLElement; at: number } | null = null;
    const recentre =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (scrolledTo && performance.now() - scrolledTo.at < RECENTRE_AFTER_SELECTION_MS) scrollWithin(readerRef.current, scrolledTo.mark, false);
          });
    if (readerRef.current) recentre?.observe(readerRef.current);
    apply(false);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.selection !== previous.selection || state.currentPassage !== previous.currentPassage) apply(true);
    });
    return () => {
      unsubscribe();
      recentre?.disconnect();
    };
  }, [store, index, allShown, total]);

  const handleClick = (event: MouseEvent) => {
    const mark = (event.target as Element).closest?.('mark[data-relation-ids]') as HTMLElement | null;
    if (!mark || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const ids = mark.dataset.relationIds!.split(' ');
    const { selection, selectRelation } = store.getState();
    // A passage behind several relations selects them in turn, one per click.
    const at = selection?.kind === 'relation' ? ids.indexOf(selection.id) : -1;
    selectRelation(ids[(at + 1) % ids.length]!);
  };

  return (
    <section
      ref={(element) => {
        readerRef.current = element;
        setReader(element);
      }}
      className="article-reader"
      aria-label={t('Article')}
      onClick={handleClick}
    >
      <header className="article-header">
        {article.outlet && (
          <p className="eyebrow" dir="auto">
            {article.outlet}
          </p>
        )}
        <h2 className="article-title" data-part="title" {...textAttributes}>
          <ArticleText part="title" />
        </h2>
        {article.dek && (
          <p className="article-dek" data-part="dek" {...textAttributes}>
            <ArticleText part="dek" />
          </p>
        )}
        {(article.author || article.published) && (
          <p className="byline">
            {article.author && tElements('By {author}', { author: <bdi>{article.author}</bdi> })}
            {article.author && article.published && ' · '}
            {article.published && <time dateTime={article.published}>{formatPublished(article.published)}</time>}
          </p>
        )}
        {article.url && isSafeHttpUrl(article.url) && (
          <p className="article-original">
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              {article.outlet ? tElements('Read the original at {outlet}', { outlet: <bdi>{article.outlet}</bdi> }) : t('Read the original')}
            </a>
          </p>
        )}
      </header>
      {/* One direction for the body (an article is in one language), from its language or its first letter. */}
      <div ref={bodyRef} className="article-body" {...textAttributes}>
        {article.paragraphs.slice(0, prerendering ? FIRST_FRAME_PARAGRAPHS : shown).map((_, paragraphIndex) => (
          <p key={paragraphIndex} data-part={paragraphIndex}>
            <ArticleText part={paragraphIndex} />
          </p>
        ))}
      </div>
      {article.rights && (
        <p className="rights" dir="auto">
          {article.rights}
        </p>
      )}
      <PassageMenuWhenEditing container={reader} />
    </section>
  );
}

/** Centres a passage in the reader without scrolling the page around it (scrollIntoView would). */
function scrollWithin(container: HTMLElement | null, element: HTMLElement, animate: boolean) {
  if (!container || typeof container.scrollTo !== 'function') return;
  const offset = element.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop;
  container.scrollTo({ top: offset - container.clientHeight / 2 + element.offsetHeight / 2, behavior: animate && !prefersReducedMotion() ? 'smooth' : 'auto' });
}

/**
 * One part of the article (title, dek or a paragraph), plain text and marked passages. Marks are
 * links to their relation unless `linked` is false (read-along, where they only show).
 */
export const ArticleText = memo(function ArticleText({ part, linked = true }: { part: ArticlePartKey; linked?: boolean }) {
  const index = useMapStore(selectIndex);
  const text = partAt(index.parts, part)?.text ?? '';
  const runs = segmentPassages(text, index.passagesByPart.get(part) ?? []);
  return (
    <>
      {runs.map((run) => {
        if (run.keys.length === 0) return run.text;
        const relations = run.keys.map((id) => index.relationsById.get(id)!);
        const stance = relations[0]!.stance;
        const style = STANCE_STYLES[stance];
        const label = relations.map((relation) => relationName(index, relation)).join('; ');
        return (
          <mark
            key={run.start}
            className="passage"
            data-relation-ids={run.keys.join(' ')}
            data-stance={stance}
            data-part={String(part)}
            data-start={run.start}
            data-end={run.end}
            // A link is underlined in its stance's colour and line style; a plain mark gets the same line as a border.
            style={linked ? { backgroundColor: `${style.colour}22` } : { borderBottom: `3px ${style.underline} ${style.colour}`, backgroundColor: `${style.colour}22` }}
            title={label}
            // The count is drawn by CSS, so the paragraph's text stays the article's own (a selection's offsets depend on it).
            data-count={linked && run.keys.length > 1 ? run.keys.length : undefined}
          >
            {linked ? (
              <a
                draggable={false}
                href={serializeViewState({ selection: { kind: 'relation', id: run.keys[0]! }, filters: NO_FILTERS }) || '?'}
                style={{ textDecorationColor: style.colour, textDecorationStyle: style.underline === 'double' ? 'double' : style.underline }}
              >
                {run.text}
              </a>
            ) : (
              run.text
            )}
          </mark>
        );
      })}
    </>
  );
});
