import { useWatchlistStore } from '@/stores/watchlist-store';

/**
 * A star that adds a provider or a model to the watchlist, or takes it off. `compact` shows the
 * star alone (a table row); its accessible name still says what it does and to what.
 */
export function StarButton({
  kind,
  id,
  name,
  compact = false,
}: {
  kind: 'provider' | 'model';
  id: string;
  name: string;
  compact?: boolean;
}) {
  const watched = useWatchlistStore((s) =>
    (kind === 'provider' ? s.providerIds : s.modelIds).includes(id),
  );
  const toggle = useWatchlistStore((s) =>
    kind === 'provider' ? s.providerToggled : s.modelToggled,
  );
  const label = watched ? 'Watching' : 'Watch';
  return (
    <button
      type="button"
      className={`button button--small star-button${watched ? ' star-button--on' : ''}${compact ? ' star-button--compact' : ''}`}
      aria-pressed={watched}
      title={compact ? `${label} ${name}` : undefined}
      onClick={() => toggle(id)}
    >
      <span aria-hidden="true">{watched ? '★' : '☆'}</span>{' '}
      {compact ? (
        <span className="visually-hidden">{`${label} ${name}`}</span>
      ) : (
        <>
          {label}
          <span className="visually-hidden"> {name}</span>
        </>
      )}
    </button>
  );
}
