/**
 * Installs the service worker (src/service-worker/sw.js, built to /sw.js) that keeps the app shell
 * on the device, so a reload at the venue without Wi-Fi still opens the app. Production builds
 * only: `vite dev` has no sw.js, and a worker there would serve stale modules.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  // After the page has loaded: precaching must not compete with the first paint on a weak network.
  window.addEventListener('load', () => {
    // `updateViaCache: 'none'`: always ask the server for sw.js, so a deployment is seen on the next visit.
    navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch(() => {
      // No worker (private mode, an old browser): the app works as before, online only.
    });
  });
}
