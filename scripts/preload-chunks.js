const HtmlWebpackPlugin = require('html-webpack-plugin');

/**
 * Adds `<link rel="preload">` to a page built by html-webpack-plugin for the files of lazy
 * chunks (`import(/* webpackChunkName: "…" *\/ …)`) the page is sure to ask for at once, so
 * the browser fetches them while it parses the page instead of after the entry runs. Webpack's
 * own `webpackPreload` comment only works once the parent chunk runs, too late for this. The
 * page's own scripts get `fetchpriority="high"`.
 */
class PreloadChunksPlugin {
  constructor({ page, chunks }) {
    this.page = page;
    this.chunks = chunks;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap(PreloadChunksPlugin.name, (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).alterAssetTagGroups.tap(
        PreloadChunksPlugin.name,
        (data) => {
          if (data.outputName !== this.page) return data;
          const publicPath = data.publicPath ?? '';
          const files = [...compilation.chunkGroups]
            .filter((group) => this.chunks.includes(group.name))
            .flatMap((group) => group.getFiles())
            .filter((file) => /\.(js|css)$/.test(file));
          const links = [...new Set(files)].map((file) =>
            HtmlWebpackPlugin.createHtmlTagObject('link', {
              rel: 'preload',
              href: `${publicPath}${file}`,
              as: file.endsWith('.css') ? 'style' : 'script',
            }),
          );
          // A deferred script is fetched at low priority, behind the preloads: the entry, which
          // reads the meeting, is the first thing the page needs after office.js.
          const headTags = data.headTags.map((tag) =>
            tag.tagName === 'script' && tag.attributes.src !== undefined
              ? { ...tag, attributes: { ...tag.attributes, fetchpriority: 'high' } }
              : tag,
          );
          return { ...data, headTags: [...links, ...headTags] };
        },
      );
    });
  }
}

module.exports = { PreloadChunksPlugin };
