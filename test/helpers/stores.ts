// Fresh fact stores of each dialect, and sample facts, for tests under test/. The implementation lives
// in src/store/testing/ so tests under src/ can use it too (tsconfig's rootDir is src/).
export * from '../../src/store/testing/stores.js';
export * from '../../src/store/testing/sample-facts.js';
