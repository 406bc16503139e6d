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
  {
    name: 'taskpane',
    entry: './src/word/taskpane.tsx',
    title: 'SMART Plans',
    template: './src/word/office-page.html',
  },
  {
    name: 'commands',
    entry: './src/word/commands.ts',
    title: 'SMART Plans commands',
    template: './src/word/office-page.html',
  },
  { name: 'tab', entry: './src/teams/tab.tsx', title: 'SMART Plans' },
  { name: 'playground', entry: './src/playground/playground.tsx', title: 'SMART Plans playground' },
  // The sign-in window for hosts without nested app authentication (src/connect/auth-window.ts).
  {
    name: 'auth',
    entry: './src/connect/auth-window.ts',
    title: 'Sign in to SMART Plans',
    template: './src/word/office-page.html',
  },
];

/**
 * The deploy configuration (src/connect/config.ts): with SMART_PLANS_DEPLOY_CONFIG=file.json the
 * build writes it to dist/web/deploy-config.json, which every page reads at startup; without it
 * there is no file and the pages run in local mode. The pages validate it fully and say what is
 * wrong; here it must at least be JSON with a mode.
 */
class DeployConfigPlugin {
  apply(compiler) {
    const file = process.env.SMART_PLANS_DEPLOY_CONFIG;
    if (!file) return;
    const fs = require('fs');
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('DeployConfigPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: 'DeployConfigPlugin',
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          let config;
          try {
            config = JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
          } catch (err) {
            throw new Error(
              `SMART_PLANS_DEPLOY_CONFIG=${file} could not be read as JSON: ${err.message}`,
            );
          }
          if (config.mode !== 'local' && config.mode !== 'tenant')
            throw new Error(`${file}: "mode" must be "local" or "tenant".`);
          if (config.rehearsal)
            throw new Error(
              `${file}: "rehearsal" is only for smart-plans serve --auth; remove it.`,
            );
          compilation.emitAsset(
            'deploy-config.json',
            new RawSource(JSON.stringify(config, null, 2)),
          );
        },
      );
    });
  }
}

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
        // The rules', the concerns' and the plan areas' examples are for the tests and the rule
        // docs; no page reads them.
        {
          test: /[\\/]src[\\/]smart[\\/](?:rules[\\/][^\\/]+[\\/][^\\/]+|worries[\\/](?:specific-)?concerns|plan-areas)\.ts$/,
          exclude: /\.test\.ts$/,
          enforce: 'pre',
          use: path.resolve(__dirname, 'scripts/strip-rule-examples-loader.cjs'),
        },
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
      // Browsers ask every site for /favicon.ico.
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'assets/favicon.ico', to: 'favicon.ico' },
        ],
      }),
      new DeployConfigPlugin(),
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
  };
};
