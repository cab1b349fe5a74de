import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The desk's web UI: built into dist/web, which the service serves at `/`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  // The domain's constants (statuses, survey items, reasons) come from the one source the service uses.
  resolve: {
    alias: { '@domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) },
  },
  // Vite 8 (rolldown + oxc) compiles JSX itself; no React plugin is needed for a production build.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      // Ant Design marks its modules "use client" for React Server Components; a plain SPA ignores it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
});
