import { useMapStore } from '../../store/MapStoreProvider';

/** An actor's name as a button that selects it. */
export function ActorLink({ actorId }: { actorId: string }) {
  const actor = useMapStore((state) => state.index.actorsById.get(actorId));
  const selectActor = useMapStore((state) => state.selectActor);
  if (!actor) return <span>{actorId}</span>;
  return (
    <button type="button" className="link-button" onClick={() => selectActor(actorId)}>
      <bdi>{actor.name}</bdi>
    </button>
  );
}
