import { useWatchlistStore } from '@/stores/watchlist-store';

/** A star that adds a provider or a model to the watchlist, or takes it off. */
export function StarButton({
  kind,
  id,
  name,
}: {
  kind: 'provider' | 'model';
  id: string;
  name: string;
}) {
  const watched = useWatchlistStore((s) =>
    (kind === 'provider' ? s.providerIds : s.modelIds).includes(id),
  );
  const toggle = useWatchlistStore((s) =>
    kind === 'provider' ? s.providerToggled : s.modelToggled,
  );
  return (
    <button
      type="button"
      className={`button button--small star-button${watched ? ' star-button--on' : ''}`}
      aria-pressed={watched}
      onClick={() => toggle(id)}
    >
      <span aria-hidden="true">{watched ? '★' : '☆'}</span> {watched ? 'Watching' : 'Watch'}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}
