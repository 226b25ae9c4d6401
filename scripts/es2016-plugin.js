const acorn = require('acorn');
const { Compilation, WebpackError, sources } = require('webpack');

/**
 * Classic Outlook on Windows runs event handlers in a JavaScript-only runtime limited to
 * ECMAScript 2016, where (Microsoft's troubleshooting guide says) even the conditional operator
 * stops the file from loading. TypeScript compiles the bundle to ES2016; this plugin then
 * rewrites what is left after minification and checks the result parses as ES2016:
 * - `a ? b : c` becomes `((a)&&[(b)]||[(c)])[0]`, which evaluates the same single branch;
 * - Unicode property escapes in regular expression literals (`\p{L}`, ES2018) become the code
 *   point ranges of that property, from this Node.js's Unicode data.
 */
const NAME = 'Es2016Plugin';
const propertyClasses = new Map();

/** The body of a character class matching every code point with Unicode property `name`. */
function propertyClass(name) {
  if (!propertyClasses.has(name)) {
    const property = new RegExp(`^\\p{${name}}$`, 'u');
    const ranges = [];
    for (let point = 0; point <= 0x10ffff; point += 1) {
      if (!property.test(String.fromCodePoint(point))) continue;
      const last = ranges[ranges.length - 1];
      if (last !== undefined && last[1] === point - 1) last[1] = point;
      else ranges.push([point, point]);
    }
    const escape = (point) => `\\u{${point.toString(16)}}`;
    const body = ranges
      .map(([from, to]) => (from === to ? escape(from) : `${escape(from)}-${escape(to)}`))
      .join('');
    propertyClasses.set(name, body);
  }
  return propertyClasses.get(name);
}

function withoutPropertyEscapes(pattern) {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === '\\') {
      const property = /^\\p\{([A-Za-z_=]+)\}/.exec(pattern.slice(i));
      if (property !== null) {
        const body = propertyClass(property[1]);
        out += inClass ? body : `[${body}]`;
        i += property[0].length - 1;
      } else {
        if (pattern[i + 1] === 'P') throw new Error(`negated property escape in /${pattern}/`);
        out += pattern.slice(i, i + 2);
        i += 1;
      }
    } else {
      if (char === '[') inClass = true;
      else if (char === ']') inClass = false;
      out += char;
    }
  }
  return out;
}

function nodesToRewrite(ast) {
  const found = [];
  const visit = (node) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node.type !== 'string') return;
    const regex = node.type === 'Literal' && node.regex && /\\p\{/.test(node.regex.pattern);
    if (node.type === 'ConditionalExpression' || regex) found.push(node);
    for (const key of Object.keys(node)) if (key !== 'loc') visit(node[key]);
  };
  visit(ast);
  return found.sort((a, b) => a.start - b.start);
}

/** `code` rewritten to ECMAScript 2016 as described above. */
function toEs2016(code) {
  const targets = nodesToRewrite(acorn.parse(code, { ecmaVersion: 'latest' }));
  const emit = (start, end) => {
    let out = '';
    let position = start;
    for (const node of targets) {
      if (node.start < position || node.end > end) continue;
      out += code.slice(position, node.start) + rewrite(node);
      position = node.end;
    }
    return out + code.slice(position, end);
  };
  const part = (node) => emit(node.start, node.end);
  const rewrite = (node) =>
    node.type === 'Literal'
      ? `/${withoutPropertyEscapes(node.regex.pattern)}/${node.regex.flags}`
      : `((${part(node.test)})&&[(${part(node.consequent)})]||[(${part(node.alternate)})])[0]`;
  return emit(0, code.length);
}

class Es2016Plugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        (assets) => {
          for (const name of Object.keys(assets).filter((file) => file.endsWith('.js'))) {
            const code = toEs2016(assets[name].source().toString());
            try {
              acorn.parse(code, { ecmaVersion: 2016 });
            } catch (error) {
              compilation.errors.push(
                new WebpackError(`${name} is not ECMAScript 2016: ${error.message}`),
              );
            }
            compilation.updateAsset(name, new sources.RawSource(code));
          }
        },
      );
    });
  }
}

module.exports = { Es2016Plugin };
