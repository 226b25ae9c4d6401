const fs = require('node:fs');
const path = require('node:path');
const { URL } = require('node:url');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { Es2016Plugin } = require('./scripts/es2016-plugin');

/**
 * The add-in's pieces besides the taskpane: the event-based runtime (one plain-JavaScript file
 * that classic Outlook loads as is), the sign-in dialog page, the icons, the production manifest
 * and the app registration. Built next to the taskpane in dist/web; see webpack.config.js.
 *
 * Settings, read at build time:
 * - ADDIN_BASE_URL: where dist/web is served (https). The source manifest keeps
 *   https://localhost:3000 for sideloading; dist/manifest.xml gets this instead.
 * - CENTAURE_CLIENT_ID, CENTAURE_TENANT: the Entra ID app registration (README), written to
 *   dist/web/auth-config.json. No secret: a single-page application has none.
 */
const SOURCE_BASE_URL = 'https://localhost:3000';
const OUT = path.resolve(__dirname, 'dist/web');

function baseUrl() {
  const value = (process.env.ADDIN_BASE_URL ?? SOURCE_BASE_URL).trim().replace(/\/+$/, '');
  const url = new URL(value);
  if (url.protocol !== 'https:' || url.search !== '' || url.hash !== '') {
    throw new Error(`ADDIN_BASE_URL must be an https URL without query or fragment (got ${value})`);
  }
  return value;
}

/** Writes dist/manifest.xml (the source manifest on ADDIN_BASE_URL) and auth-config.json. */
class AddinFilesPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('AddinFilesPlugin', () => {
      const manifest = fs.readFileSync(path.resolve(__dirname, 'manifest.xml'), 'utf8');
      fs.writeFileSync(
        path.resolve(OUT, '../manifest.xml'),
        manifest.split(SOURCE_BASE_URL).join(baseUrl()),
      );
      const config = {
        clientId: process.env.CENTAURE_CLIENT_ID ?? '',
        tenant: process.env.CENTAURE_TENANT ?? 'common',
      };
      fs.writeFileSync(path.resolve(OUT, 'auth-config.json'), `${JSON.stringify(config)}\n`);
    });
  }
}

const typescript = (target) => ({
  test: /\.ts$/,
  loader: 'ts-loader',
  exclude: /node_modules/,
  options: {
    configFile: path.resolve(__dirname, 'tsconfig.addin.json'),
    onlyCompileBundledFiles: true,
    compilerOptions: { noEmit: false, target, module: 'esnext', sourceMap: false },
  },
});

/** @returns {import('webpack').Configuration[]} */
module.exports = (_env, argv) => {
  const mode = argv.mode ?? 'development';
  const common = {
    mode,
    resolve: { extensions: ['.ts', '.js'] },
    output: { path: OUT, filename: '[name].js', clean: false },
    devtool: false,
    // After the taskpane, whose `output.clean` empties dist/web.
    dependencies: ['taskpane'],
  };
  return [
    {
      ...common,
      name: 'launch-event',
      // Classic Outlook runs this file in its JavaScript-only runtime: ECMAScript 2016, no
      // import, no chunks (scripts/es2016-plugin.js finishes the job and checks it).
      entry: { launchevent: './src/launch-event/launch-event.ts' },
      target: ['web', 'es2016'],
      output: { ...common.output, iife: true, chunkFormat: false, asyncChunks: false },
      optimization: { splitChunks: false, runtimeChunk: false },
      module: { rules: [typescript('ES2016')] },
      plugins: [
        new CopyWebpackPlugin({
          patterns: [
            { from: 'src/launch-event/launch-event.html', to: 'launch-event.html' },
            { from: 'src/auth/dialog/auth-dialog.html', to: 'auth-dialog.html' },
            { from: 'src/support/support.html', to: 'support.html' },
            { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          ],
        }),
        new AddinFilesPlugin(),
        new Es2016Plugin(),
      ],
    },
    {
      ...common,
      name: 'auth-dialog',
      entry: { 'auth-dialog': './src/auth/dialog/auth-dialog.ts' },
      target: ['web', 'es2020'],
      module: { rules: [typescript('ES2020')] },
      // MSAL, on its own page: the dialog opens only when nested app authentication cannot.
      performance: { maxAssetSize: 300_000, maxEntrypointSize: 300_000 },
    },
  ];
};
