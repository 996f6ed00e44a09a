// `npm test` checks that no module imports itself through others (dependency-cruiser): a circle
// makes the order modules run in depend on which one a page happens to import first.
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: split the shared piece into a module of its own.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Type-only imports count too: they show how the modules depend on each other.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
  },
};
