const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { InitialLoadBudgetPlugin } = require('./scripts/initial-load-budget');

/**
 * The web builds, one config each; the build runs them all. The taskpane's is here; other
 * bundles (the event-based activation runtime, the manifest copy) add their own config to
 * the array without touching this one.
 */

/** Gzipped bytes the taskpane page may load before it is interactive (office.js excluded). */
const INITIAL_LOAD_BUDGET = 170 * 1024;

const taskpane = (_env, argv) => {
  const production = argv.mode === 'production';
  return {
    name: 'taskpane',
    mode: production ? 'production' : 'development',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      demo: './src/taskpane/demo/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: '[name].[contenthash].js',
      chunkFilename: '[name].[contenthash].js',
      // Another config writing here must run after this one: `dependencies: ['taskpane']`.
      clean: true,
    },
    // Modern browsers only (Edge, WebView2, Safari, Chrome): no IE-era transforms or polyfills.
    target: ['web', 'es2022'],
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // The Graph SDK's browser build points `stream` at a polyfill it never needs in a browser.
      fallback: { stream: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          options: {
            configFile: path.resolve(__dirname, 'src/taskpane/tsconfig.json'),
            transpileOnly: true,
          },
          exclude: /node_modules/,
        },
      ],
    },
    optimization: {
      splitChunks: { chunks: 'async' },
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        template: './src/taskpane/demo/demo.html',
        filename: 'demo.html',
        chunks: ['demo'],
      }),
      ...(production
        ? [
            new InitialLoadBudgetPlugin({
              entry: 'taskpane',
              maxGzipBytes: INITIAL_LOAD_BUDGET,
              // index.tsx awaits it before the first render: it counts (keep MSAL out of it).
              beforeInteractive: ['outlook-services'],
            }),
          ]
        : []),
    ],
    performance: { hints: false },
    devtool: production ? 'source-map' : 'eval-source-map',
  };
};

// The add-in's other pieces (event-based runtime, sign-in page, icons, manifest): webpack.addin.js.
module.exports = (env, argv) => [taskpane(env, argv), ...require('./webpack.addin')(env, argv)];
