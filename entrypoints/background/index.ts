import { defineBackground } from '#imports';

export default defineBackground(() => {
  // wired in lib/ (see docs/architecture.md)
});
