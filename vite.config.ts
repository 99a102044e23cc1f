import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { shellNavHtml, shellTitles } from './src/app/route-list';

/** The static shell in index.html gets its navigation and page headings from the route table. */
function staticShellFromRoutes(): Plugin {
  return {
    name: 'static-shell-from-routes',
    transformIndexHtml(html) {
      if (!html.includes('<!--shell-nav-->') || !html.includes('/*shell-titles*/{}')) {
        throw new Error(
          'index.html lost the static shell placeholders <!--shell-nav--> and /*shell-titles*/{}',
        );
      }
      return html
        .replace('<!--shell-nav-->', shellNavHtml())
        .replace('/*shell-titles*/{}', JSON.stringify(shellTitles()));
    },
  };
}

/** The JavaScript files a chunk needs before it runs: itself and its static imports, deeply. */
function staticClosure(bundle: Rollup.OutputBundle, moduleId: string): string[] {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const start =
    chunks.find((c) => c.facadeModuleId === moduleId) ??
    chunks.find((c) => c.moduleIds.includes(moduleId));
  if (!start) throw new Error(`No chunk for ${moduleId} in the build`);
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type === 'chunk') for (const dep of chunk.imports) visit(dep);
  };
  visit(start.fileName);
  return [...seen];
}

/**
 * The chunks the first screen needs, written into index.html as a list (`#first-screen-chunks`)
 * that `src/main.tsx` asks for all at once right after the first paint (modulepreload: fetched
 * and compiled, evaluated only when imported), rather than each after the one that imports it
 * has run: the app, the bundled data service (unless a real server is configured) and, on the
 * Overview, its page and ranking. The evaluation stays in steps; only the downloads overlap
 * (ADR 0006).
 */
function listFirstScreenChunks(): Plugin {
  let base = '/';
  let realServer = false;
  const src = (file: string) => fileURLToPath(new URL(file, import.meta.url));
  return {
    name: 'list-first-screen-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      realServer = Boolean(config.env.VITE_API_BASE_URL);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const entry = ctx.chunk?.fileName;
        // A chunk's CSS is loaded by the import that runs it: it is fetched early too.
        const css = (files: Iterable<string>) =>
          [...files].flatMap((f) => {
            const chunk = bundle[f];
            return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
          });
        const done = new Set(entry ? [entry, ...css([entry])] : []);
        const list = (files: string[]) => {
          const fresh = [...new Set(files)].filter((f) => !done.has(f));
          for (const f of fresh) done.add(f);
          return fresh.map((f) => `${base}${f}`);
        };
        const everyJs = [
          ...staticClosure(bundle, src('./src/boot.tsx')),
          ...(realServer ? [] : staticClosure(bundle, src('./mocks/worker-transport.ts'))),
        ];
        const overviewJs = [
          ...staticClosure(bundle, src('./src/features/overview/overview-page.tsx')),
          ...staticClosure(bundle, src('./src/features/overview/overview-charts.tsx')),
        ];
        const every = { js: list(everyJs), css: list(css(everyJs)) };
        const overview = { js: list(overviewJs), css: list(css(overviewJs)) };
        const json = JSON.stringify({ every, routes: { '/': overview } });
        return html.replace(
          '</body>',
          `<script type="application/json" id="first-screen-chunks">${json}</script></body>`,
        );
      },
    },
  };
}

/**
 * The landing route's own modules, grouped into three chunks instead of about forty: the data
 * schemas, the rest of the app's frame, and the Overview page. Each request costs a round trip
 * on a slow network (six at a time over HTTP/1.1), so the first screen's data waited for rounds
 * of small downloads; three files arrive in one round. The groups are computed from the module
 * graph (the static imports of the entries), so a module that only another page uses is never
 * pulled in.
 */
function landingGroups(): { plugin: Plugin; groups: Rollup.CodeSplittingGroup[] } {
  const src = (file: string) => fileURLToPath(new URL(file, import.meta.url));
  const app = new Set<string>();
  const overview = new Set<string>();
  const own = (id: string) => id.includes('/src/') || id.endsWith('/mocks/worker-transport.ts');
  const plugin: Plugin = {
    name: 'landing-groups',
    apply: 'build',
    buildEnd() {
      const closure = (roots: string[], into: Set<string>, skip: Set<string>) => {
        const visit = (id: string) => {
          if (into.has(id) || skip.has(id) || !own(id)) return;
          const info = this.getModuleInfo(id);
          if (!info) return;
          into.add(id);
          for (const dep of info.importedIds) visit(dep);
        };
        for (const root of roots) visit(root);
      };
      // What the entry imports itself stays with it (it runs before the first paint).
      const entry = new Set<string>();
      closure([src('./src/main.tsx')], entry, new Set());
      closure([src('./src/boot.tsx'), src('./mocks/worker-transport.ts')], app, entry);
      closure(
        [
          src('./src/features/overview/overview-page.tsx'),
          src('./src/features/overview/overview-charts.tsx'),
        ],
        overview,
        app,
      );
    },
  };
  const groups = [
    // The schemas take their dependencies (zod among them) along, so no chunk imports a chunk
    // that imports it back; with a cycle between two groups a schema was read before it was made.
    // The other two groups take only their own modules.
    {
      name: 'schemas',
      priority: 3,
      test: (id: string) => app.has(id) && id.includes('/src/domain/schema/'),
    },
    {
      name: 'app',
      priority: 2,
      includeDependenciesRecursively: false,
      test: (id: string) => app.has(id),
    },
    {
      name: 'overview',
      priority: 1,
      includeDependenciesRecursively: false,
      test: (id: string) => overview.has(id),
    },
  ];
  return { plugin, groups };
}

const landing = landingGroups();

export default defineConfig(({ command }) => ({
  plugins: [react(), staticShellFromRoutes(), listFirstScreenChunks(), landing.plugin],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      // The mock service sets no cookies: MSW's cookie jar is replaced by an empty one, which
      // keeps tough-cookie and its public-suffix list off the main thread (ADR 0006).
      'tough-cookie': fileURLToPath(new URL('./mocks/no-cookie-jar.ts', import.meta.url)),
      // React Router 7's package exports name only its development build (remix-run/react-router
      // #12532), whose warnings a build then ships; the build takes the production one it also
      // publishes (the same code with ENABLE_DEV_WARNINGS off). Dev server and tests keep the
      // warnings.
      ...(command === 'build'
        ? {
            'react-router': fileURLToPath(
              new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
            ),
          }
        : {}),
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    manifest: true,
    rolldownOptions: {
      output: { codeSplitting: { groups: landing.groups } },
    },
  },
}));
