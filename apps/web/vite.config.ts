import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { serviceWorkerPlugin } from './vite-service-worker-plugin.ts';

const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin()],
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: true },
      '/socket.io': { target: api, ws: true, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: in their own chunk they stay cached on
        // phones across our deploys, which matters on venue Wi-Fi.
        codeSplitting: { groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/ }] },
      },
    },
    // React DOM, the router, zod and TanStack Query together make a ~180 kB (gzip) vendor chunk.
    chunkSizeWarningLimit: 700,
  },
});
