/**
 * A stored example of the v1 settings shape (the pre-release options draft of issue 2), exactly
 * as storage would hold it. Never edit: the v1 → v2 migration test starts from it.
 */
export const V001_EXAMPLE = {
  enabled: true,
  markCompanies: true,
  markPeople: false,
  markFigures: true,
  blockedHosts: ['https://www.example.org/news/today', 'Paywalled.example.com'],
  hoverDelay: 0.4,
  currency: 'usd',
  language: 'it',
  theme: 'system',
  underline: 'none',
};
