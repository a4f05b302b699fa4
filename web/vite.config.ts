// Vite build of the web dashboard (issue 8): root web/, output web/dist (served by `clearway serve` at /).
// Everything is bundled from node_modules (the dashboard works offline, nothing from a CDN). In
// development (`npx vite --config web/vite.config.ts`) /api is proxied to a running `clearway serve`.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/api': process.env.CLEARWAY_API ?? 'http://127.0.0.1:4400' },
  },
  logLevel: 'warn',
});
