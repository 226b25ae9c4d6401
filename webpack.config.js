const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

/** The taskpane bundle. The `centaure` command is compiled by tsc (tsconfig.cli.json), not here. */
const taskpane = (_env, argv) => ({
  mode: argv.mode ?? 'development',
  entry: { taskpane: './src/taskpane/index.ts' },
  output: {
    path: path.resolve(__dirname, 'dist/web'),
    filename: '[name].[contenthash].js',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        loader: 'ts-loader',
        options: { configFile: path.resolve(__dirname, 'src/taskpane/tsconfig.json') },
        exclude: /node_modules/,
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      template: './src/taskpane/taskpane.html',
      filename: 'taskpane.html',
      chunks: ['taskpane'],
    }),
  ],
  devtool: argv.mode === 'production' ? 'source-map' : 'eval-source-map',
});

// The add-in's other pieces (event-based runtime, sign-in page, icons, manifest): webpack.addin.js.
module.exports = (env, argv) => [
  { name: 'taskpane', ...taskpane(env, argv) },
  ...require('./webpack.addin')(env, argv),
];
