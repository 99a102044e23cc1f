import { Link, useLocation } from 'react-router';

export default function NotFoundPage() {
  const location = useLocation();
  return (
    <>
      <header className="page-header">
        <h1>Page not found</h1>
        <p className="lead">
          There is no page at <code>{location.pathname}</code>.
        </p>
      </header>
      <p>
        <Link to="/">Go to the overview</Link> or pick a page from the navigation.
      </p>
    </>
  );
}
