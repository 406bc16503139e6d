/**
 * npm run dev-server: serves the pages (task pane, commands, playground, icons) over HTTPS on
 * https://localhost:3000 with webpack-dev-server, using office-addin-dev-certs' trusted localhost
 * certificate, and the same Content-Security-Policy as local mode. Word loads the add-in from
 * here once manifest/word/manifest.xml is sideloaded (see docs/word-add-in.md).
 *   PORT=3001 npm run dev-server   (the manifest expects 3000)
 */
import { existsSync, readFileSync } from 'node:fs';
import { getHttpsServerOptions } from 'office-addin-dev-certs';
import * as defaults from 'office-addin-dev-certs/lib/defaults';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import { CONTENT_SECURITY_POLICY } from '../src/server/index';

// webpack.config.js is CommonJS and exports a function of (env, argv).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../webpack.config.js') as (
  env: unknown,
  argv: { mode: string },
) => webpack.Configuration;

/** The certificate office-addin-dev-certs generated, when it exists. */
function generatedCertificate(): { key: Buffer; cert: Buffer; ca: Buffer } | null {
  const files = [
    defaults.localhostKeyPath,
    defaults.localhostCertificatePath,
    defaults.caCertificatePath,
  ];
  if (!files.every((f) => existsSync(f))) return null;
  const [key, cert, ca] = files.map((f) => readFileSync(f));
  return { key, cert, ca };
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  let https: { key?: string | Buffer; cert?: string | Buffer; ca?: string | Buffer };
  try {
    // Creates and trusts a localhost certificate on first use (may ask for your password).
    https = await getHttpsServerOptions();
  } catch (error) {
    // Generated but not trusted (e.g. Linux without sudo): serve with it and say how to trust it.
    const generated = generatedCertificate();
    if (!generated) {
      console.error(
        `Could not get a localhost certificate from office-addin-dev-certs: ${(error as Error).message}\n` +
          'Run `npx office-addin-dev-certs install` once, then try again.',
      );
      process.exitCode = 1;
      return;
    }
    console.warn(
      `The localhost certificate could not be trusted automatically (${(error as Error).message.trim()}).\n` +
        `Serving with it anyway; trust ${defaults.caCertificatePath} in your system or browser, or run ` +
        '`npx office-addin-dev-certs install` with administrator rights, before sideloading.',
    );
    https = generated;
  }
  // eval-based source maps would need 'unsafe-eval', which the pages' CSP rightly refuses.
  const compiler = webpack({
    ...makeConfig({}, { mode: 'development' }),
    devtool: 'cheap-module-source-map',
  });
  const server = new WebpackDevServer(
    {
      port,
      host: 'localhost',
      server: { type: 'https', options: https },
      headers: {
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Access-Control-Allow-Origin': '*',
      },
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      static: false,
    },
    compiler,
  );
  await server.start();
  console.log(`SMART Plans pages on https://localhost:${port}/taskpane.html and /playground.html`);
}

void main();
