// The package exports its English locale as "chrono-node/en" (its "./*" export pattern), which
// TypeScript's "node" module resolution does not read; this points it at the same file's types.
declare module 'chrono-node/en' {
  export * from 'chrono-node/dist/cjs/locales/en/index';
}
