import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { shellNavHtml, shellTitles } from './src/app/route-list';

/** The static shell in index.html gets its navigation and page headings from the route table. */
function staticShellFromRoutes(): Plugin {
  return {
    name: 'static-shell-from-routes',
    transformIndexHtml(html) {
      if (!html.includes('<!--shell-nav-->') || !html.includes('/*shell-titles*/{}')) {
        throw new Error('index.html lost the static shell placeholders <!--shell-nav--> and /*shell-titles*/{}');
      }
      return html
        .replace('<!--shell-nav-->', shellNavHtml())
        .replace('/*shell-titles*/{}', JSON.stringify(shellTitles()));
    },
  };
}

export default defineConfig({
  plugins: [react(), staticShellFromRoutes()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      // The mock service sets no cookies: MSW's cookie jar is replaced by an empty one, which
      // keeps tough-cookie and its public-suffix list off the main thread (ADR 0006).
      'tough-cookie': fileURLToPath(new URL('./mocks/no-cookie-jar.ts', import.meta.url)),
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { sourcemap: false, chunkSizeWarningLimit: 800, manifest: true },
});
