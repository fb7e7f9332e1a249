// The editing UI as Astro integrations, for the edit server only (astro.edit.config.ts): React and Keystatic (admin at
// /keystatic/, its API rendered on demand, so `astro build` would need an adapter: it never loads this file), the
// editor's home and the data forms at /edit/, and the toolbar app that shows the editor check for the file being edited.
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import type { AstroIntegration } from 'astro';
import { CONTENT_CHANGED } from './toolbar/check-app';

const here = (path: string) => new URL(path, import.meta.url);

function editorPages(): AstroIntegration {
  return {
    name: 'gpu260k-editing',
    hooks: {
      'astro:config:setup': ({ injectRoute, addDevToolbarApp }) => {
        injectRoute({ pattern: '/edit', entrypoint: here('./pages/index.astro'), prerender: false });
        injectRoute({ pattern: '/edit/data/[kind]', entrypoint: here('./pages/data.astro'), prerender: false });
        injectRoute({ pattern: '/edit/check.json', entrypoint: here('./pages/check.json.ts'), prerender: false });
        addDevToolbarApp({
          id: 'gpu260k-editor-check',
          name: '편집 검사 · Editor check',
          icon: 'check-circle',
          entrypoint: here('./toolbar/check-app.ts'),
        });
      },
      'astro:server:setup': ({ server, toolbar }) => {
        // Tell the toolbar app to check again once a save in content/ has settled.
        let timer: ReturnType<typeof setTimeout> | undefined;
        const changed = (file: string) => {
          if (!/[\\/]content[\\/]/.test(file)) return;
          clearTimeout(timer);
          timer = setTimeout(() => toolbar.send(CONTENT_CHANGED, {}), 300);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
      },
    },
  };
}

export default function editing(): AstroIntegration[] {
  return [react(), keystatic(), editorPages()];
}
