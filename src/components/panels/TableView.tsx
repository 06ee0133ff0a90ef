import { articleTextAttributes } from '../../model/textDirection';
import { useId, useMemo, useState } from 'react';
import { claimantName } from '../../model/indexDataset';
import { computeVisibility } from '../../model/filters';
import { outermostBloc } from '../../model/blocs';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { kindLabel, statusLabel, stanceLabel } from '../theme';
import { interfaceLocale, t } from '../../i18n/translate';
import { tElements } from '../../i18n/tElements';

type Column = 'source' | 'stance' | 'target' | 'status' | 'summary';
const COLUMNS: [Column, () => string][] = [
  ['source', () => t('Who')],
  ['stance', () => t('Stance')],
  ['target', () => t('Toward whom')],
  ['status', () => t('Status')],
  ['summary', () => t('Summary and passage')],
];

/**
 * The map as tables: relations with their passages, then actors — sortable, filterable, sharing
 * the map's selection and filters. The structured alternative a screen reader needs.
 */
export function TableView() {
  const index = useMapStore(selectIndex);
  // The tables list what blocs fold away on the map: what the filters and the step show.
  const filters = useMapStore((state) => state.filters);
  const revealed = useMapStore((state) => state.revealed);
  const visibility = useMemo(() => computeVisibility(index, filters, revealed), [index, filters, revealed]);
  const closedBlocs = useMapStore((state) => state.closedBlocs);
  const blocs = useMapStore((state) => state.blocs);
  const selection = useMapStore((state) => state.selection);
  const select = useMapStore((state) => state.select);
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({ column: 'source', ascending: true });
  const [query, setQuery] = useState('');
  const filterId = useId();
  const name = (id: string) => index.actorsById.get(id)?.name ?? id;

  const rows = useMemo(() => {
    const wanted = query.trim().toLowerCase();
    const text = (relation: (typeof index.dataset.relations)[number]) =>
      [name(relation.source), relation.stance, name(relation.target), relation.status, relation.summary, ...relation.evidence.map((evidence) => evidence.quote)].join(' ').toLowerCase();
    const value = (relation: (typeof index.dataset.relations)[number]) =>
      sort.column === 'source' ? name(relation.source) : sort.column === 'target' ? name(relation.target) : relation[sort.column];
    return index.dataset.relations
      .filter((relation) => visibility.relationIds.has(relation.id) && (!wanted || text(relation).includes(wanted)))
      .sort((a, b) => value(a).localeCompare(value(b)) * (sort.ascending ? 1 : -1));
    // name() reads index, which is a dependency already.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, visibility, query, sort]);

  const blocCell = (bloc: string | null) => bloc && (closedBlocs.has(bloc) ? t('{name} (closed on the map)', { name: name(bloc) }) : name(bloc));

  return (
    <section className="table-view" aria-label={t('Table of relations and actors')}>
      <label htmlFor={filterId}>{t('Filter the table')} </label>
      <input id={filterId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t('Words in names, summaries or passages')} />
      <table>
        <caption>
          {t('Relations ({shown} of {total})', { shown: rows.length, total: index.dataset.relations.length })}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map(([column, label]) => (
              <th key={column} scope="col" aria-sort={sort.column === column ? (sort.ascending ? 'ascending' : 'descending') : undefined}>
                <button type="button" onClick={() => setSort({ column, ascending: sort.column === column ? !sort.ascending : true })}>
                  {label()}
                  <span aria-hidden="true">{sort.column === column ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((relation) => (
            <tr key={relation.id} aria-selected={selection?.kind === 'relation' && selection.id === relation.id}>
              <td dir="auto">{name(relation.source)}</td>
              <td>{stanceLabel(relation.stance)}</td>
              <td dir="auto">{name(relation.target)}</td>
              <td>{statusLabel(relation.status)}</td>
              <td>
                <button type="button" className="link-button" onClick={() => select({ kind: 'relation', id: relation.id })}>
                  <bdi>{relation.summary}</bdi>
                </button>
                {relation.evidence.map((evidence, position) => (
                  <q key={position} {...articleTextAttributes(index.dataset.article.language)}>
                    {evidence.quote}
                  </q>
                ))}
                <span className="muted">
                  {' '}
                  {tElements('Claimed by {claimant}.', { claimant: <bdi>{claimantName(index, relation.claimedBy)}</bdi> })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('Actors ({count})', { count: visibility.actorIds.size })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Name')}</th>
            <th scope="col">{t('Kind')}</th>
            <th scope="col">{t('Part of')}</th>
            <th scope="col">{t('Bloc')}</th>
            <th scope="col">{t('Relations')}</th>
          </tr>
        </thead>
        <tbody>
          {index.dataset.actors
            .filter((actor) => visibility.actorIds.has(actor.id))
            .map((actor) => (
              <tr key={actor.id} aria-selected={selection?.kind === 'actor' && selection.id === actor.id}>
                <td>
                  <button type="button" className="link-button" onClick={() => select({ kind: 'actor', id: actor.id })}>
                    <bdi>{actor.name}</bdi>
                  </button>
                </td>
                <td>{kindLabel(actor.kind)}</td>
                <td dir="auto">{actor.partOf ? name(actor.partOf) : ''}</td>
                <td>{blocCell(outermostBloc(index, actor.id) ?? (blocs.has(actor.id) ? actor.id : null))}</td>
                <td>{(index.relationIdsByActor.get(actor.id)?.length ?? 0).toLocaleString(interfaceLocale())}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
