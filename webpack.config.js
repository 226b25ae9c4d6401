const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const { InitialLoadBudgetPlugin } = require('./scripts/initial-load-budget');
const { PreloadChunksPlugin } = require('./scripts/preload-chunks');

/**
 * The web builds, one config each; the build runs them all. The taskpane's is here; other
 * bundles (the event-based activation runtime, the manifest copy) add their own config to
 * the array without touching this one.
 */

/**
 * Gzipped bytes the taskpane page may load before it is interactive (office.js excluded): 120 KB,
 * in thousands of bytes as issue 18 counted Microsoft's React template (169.7 KB).
 */
const INITIAL_LOAD_BUDGET = 120_000;

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
      // Preact's compatibility layer renders the pane in place of react-dom (63 KB gzipped of
      // the first load against about 10): same React API, components and Fluent unchanged.
      alias: {
        'react-dom/test-utils': 'preact/test-utils',
        'react-dom/client': 'preact/compat/client',
        'react-dom': 'preact/compat',
        'react/jsx-runtime': 'preact/jsx-runtime',
        'react/jsx-dev-runtime': 'preact/jsx-runtime',
        react: 'preact/compat',
      },
    },
    module: {
      // Loaders run last rule first: TypeScript, then Griffel's ahead-of-time compilation of our
      // makeStyles (Fluent's packages ship theirs compiled), then the extraction of every
      // compiled style into one CSS file, so no style is computed or inserted at run time.
      rules: [
        {
          test: /\.(js|tsx?)$/,
          include: [path.resolve(__dirname, 'src'), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Styles are evaluated at build time in Node with the real React: the renderer alias
          // below is the browser's only.
          use: {
            loader: '@griffel/webpack-loader',
            options: { inheritResolveOptions: ['modules', 'plugins'] },
          },
        },
        {
          test: /\.css$/,
          use: [MiniCssExtractPlugin.loader, 'css-loader'],
        },
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
      // Griffel's plugin orders the rules itself (its README: ignoreOrder).
      new MiniCssExtractPlugin({ filename: '[name].[contenthash].css', ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
      }),
      // The pane's code (React, Fluent, the Tag view) downloads with the page, not after the
      // bootstrap asks for it: index.tsx reads the meeting while it arrives. The settings'
      // validation comes with them: the Tag view reads the catalog before its first render.
      new PreloadChunksPlugin({ page: 'taskpane.html', chunks: ['pane', 'user-settings'] }),
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
              beforeInteractive: ['pane', 'user-settings'],
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
