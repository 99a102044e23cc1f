/** The "Watchlist only" checkbox of a page, with a note when the watchlist is empty. */
export function WatchFilter({
  on,
  empty,
  onChange,
  where = 'star providers and models on their pages',
}: {
  on: boolean;
  empty: boolean;
  onChange: (on: boolean) => void;
  /** Where stars are set, for the empty watchlist's note. */
  where?: string;
}) {
  return (
    <label className="watch-filter">
      <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} /> Watchlist
      only
      {on && empty && <span className="muted"> (the watchlist is empty: {where})</span>}
    </label>
  );
}
