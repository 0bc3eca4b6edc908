/** Where the fixture corpus lives (Node only: tests, eval, bench). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/corpus');
export const CORPUS_LANGS = ['it', 'en', 'fr', 'de', 'es'] as const;
export const COVERAGE_FILE = join(CORPUS_DIR, 'COVERAGE.md');
export const REACH_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/reach');
export const REACH_HELDOUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/reach-heldout');
export const REACH_HELDOUT_C_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/reach-heldout-c');
export const REACH_HELDOUT_D_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/reach-heldout-d');
export const REACH_HELDOUT_E_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/reach-heldout-e');
export const REACH_HELDOUT_F_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/reach-heldout-f');
export const REACH_HELDOUT_G_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/reach-heldout-g');
export const REACH_HELDOUT_H_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/reach-heldout-h');
export const REACH_HELDOUT_I_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/reach-heldout-i');
export const REACH_HELDOUT_J_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/reach-heldout-j');
export const REACH_HELDOUT_K_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/reach-heldout-k');
export const REACH_HELDOUT_L_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/reach-heldout-l');
export const REACH_HELDOUT_M_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/reach-heldout-m');
export const REACH_HELDOUT_N_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/reach-heldout-n');
