/** The system colour scheme for our own pages (popup, options): read now, and follow changes. */
export const colorScheme = {
  prefersDark: (): boolean => window.matchMedia('(prefers-color-scheme: dark)').matches,
  watchScheme(cb: (dark: boolean) => void): () => void {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const listener = (event: MediaQueryListEvent) => cb(event.matches);
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  },
};
