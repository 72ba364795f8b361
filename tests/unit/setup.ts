// jsdom has no IntersectionObserver or ResizeObserver (scrollama needs both); component
// tests get inert stand-ins. Real scrolling is tested in Chromium (tests/e2e).
class InertObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
if (typeof window !== 'undefined') {
  const g = globalThis as Record<string, unknown>;
  g.IntersectionObserver ??= InertObserver;
  g.ResizeObserver ??= InertObserver;
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
}
