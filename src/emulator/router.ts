import type { RouteHandler, RouteOptions } from './http-types';

/** `/v1.0/me/events/{id}` (a `{name}` matches one path segment) or a RegExp with named groups. */
export type PathPattern = string | RegExp;

export interface Route {
  method: string;
  pattern: RegExp;
  handler: RouteHandler;
  options: RouteOptions;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrongMethod' }
  | { kind: 'none' };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
}

/** Graph path segments are case-insensitive, so every pattern is. */
export function compilePattern(pattern: PathPattern): RegExp {
  if (pattern instanceof RegExp) {
    return pattern.flags.includes('i') ? pattern : new RegExp(pattern.source, `${pattern.flags}i`);
  }
  const source = pattern
    .split(/(\{[A-Za-z_][A-Za-z0-9_]*\})/)
    .map((part) => (/^\{.+\}$/.test(part) ? `(?<${part.slice(1, -1)}>[^/]+)` : escapeRegExp(part)))
    .join('');
  return new RegExp(`^${source}$`, 'i');
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export class Router {
  private readonly routes: Route[] = [];

  add(
    method: string,
    pattern: PathPattern,
    handler: RouteHandler,
    options: RouteOptions = {},
  ): void {
    this.routes.push({
      method: method.toUpperCase(),
      pattern: compilePattern(pattern),
      handler,
      options,
    });
  }

  /** A route added later wins over an earlier one matching the same request, so tests can override. */
  match(method: string, path: string): RouteMatch {
    let pathMatched = false;
    for (let index = this.routes.length - 1; index >= 0; index -= 1) {
      const route = this.routes[index];
      const found = route.pattern.exec(path);
      if (!found) continue;
      if (route.method !== method.toUpperCase()) {
        pathMatched = true;
        continue;
      }
      const params: Record<string, string> = {};
      for (const [name, value] of Object.entries(found.groups ?? {})) {
        if (value !== undefined) params[name] = decode(value);
      }
      return { kind: 'found', route, params };
    }
    return pathMatched ? { kind: 'wrongMethod' } : { kind: 'none' };
  }
}
