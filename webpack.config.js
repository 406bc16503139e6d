/* Builds the browser pages: the Word task pane, the Teams tab and the playground. One entry per
 * page, each with its own HTML and a strict Content Security Policy: the server sends it as a
 * header and every page carries it as a <meta>, both from src/web/csp.ts. */
const path = require('path');
// The policy is TypeScript shared with the server; tsx (a dev dependency, as webpack is) loads it.
const { META_CONTENT_SECURITY_POLICY } = require('tsx/cjs/api').require(
  './src/web/csp.ts',
  __filename,
);
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const pages = [
  // Word pages load Office.js from Microsoft's CDN first: their own template.
  { name: 'taskpane', entry: './src/word/taskpane.tsx', title: 'SMART Plans', template: './src/word/office-page.html' },
  { name: 'commands', entry: './src/word/commands.ts', title: 'SMART Plans commands', template: './src/word/office-page.html' },
  { name: 'tab', entry: './src/teams/tab.tsx', title: 'SMART Plans' },
  { name: 'playground', entry: './src/playground/playground.tsx', title: 'SMART Plans playground' },
];

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    // Not an eval-based devtool: the pages' CSP refuses 'unsafe-eval'.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: Object.fromEntries(pages.map((p) => [p.name, p.entry])),
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].chunk.js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    // Node-only modules must never reach a page; fail the build if one is imported.
    externals: { 'better-sqlite3': 'commonjs better-sqlite3' },
    plugins: [
      ...pages.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            chunks: [p.name],
            title: p.title,
            template: p.template ?? './src/web/page.html',
            contentSecurityPolicy: META_CONTENT_SECURITY_POLICY,
          }),
      ),
      // The Word manifest's icons are served from /assets/.
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/icon-*.png', to: 'assets/[name][ext]' }] }),
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};
