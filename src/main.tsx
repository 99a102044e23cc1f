import './styles.css';

// The entry is tiny on purpose: index.html already holds the app shell (frame and heading), so
// the browser paints it first, and the app (React, the data layer) loads right after.
requestAnimationFrame(() => {
  setTimeout(() => {
    void import('./boot').then(({ start }) => start());
  }, 0);
});
