export default async function globalTeardown() {
  await globalThis.__SERUMPUN_TEST_CLUSTER_STOP__?.();
}
