import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The console is served by the suite at `/`; in development Vite proxies the API to a suite on port 3000.
export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: { alias: { '@ia/reference': here('../../libs/reference/src/index.ts') } },
  build: {
    outDir: here('../../dist/console'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: Object.fromEntries(['/api', '/docs', '/health'].map((path) => [path, 'http://localhost:3000'])),
  },
});
