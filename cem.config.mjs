// Custom Elements Manifest for editors and docs tools, from the JSDoc tags in src/.
export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.styles.ts',
    'src/locales/**',
    'src/shared/icon-data.ts',
    'src/shared/icon-data/**',
    'src/setup/**',
  ],
  outdir: 'dist',
  litelement: true,
};
