import type { EmulatorRequest, EmulatorResponse } from '../http-types';
import { badRequest, graphError, jsonResponse, odataContext, readJsonBody } from '../responses';
import type { RouteHost } from '../route-host';

/** Outlook's category colours: `none` and `preset0` … `preset24`. */
export const CATEGORY_COLORS: readonly string[] = [
  'none',
  ...Array.from({ length: 25 }, (_, n) => `preset${n}`),
];

function createCategory(host: RouteHost, request: EmulatorRequest): EmulatorResponse {
  const body = readJsonBody(request);
  const displayName = body?.displayName;
  if (typeof displayName !== 'string' || displayName.trim() === '') {
    return badRequest("The property 'displayName' is required.", 'ErrorInvalidParameter');
  }
  const color = body?.color ?? 'none';
  if (typeof color !== 'string' || !CATEGORY_COLORS.includes(color)) {
    return badRequest(
      `Cannot convert the literal '${String(color)}' to the expected type 'microsoft.graph.categoryColor'.`,
      'RequestBodyRead',
    );
  }
  const category = host.mailbox.addCategory(displayName, color);
  if (!category) {
    return graphError(
      409,
      'ErrorDuplicateCategory',
      `A category with the name '${displayName}' already exists.`,
    );
  }
  return jsonResponse(201, {
    '@odata.context': odataContext(
      request,
      `users('${host.mailbox.owner.id}')/outlook/masterCategories/$entity`,
    ),
    ...category,
  });
}

export function registerMasterCategoryRoutes(host: RouteHost): void {
  host.addRoute('GET', '/v1.0/me/outlook/masterCategories', (request) =>
    jsonResponse(200, {
      '@odata.context': odataContext(
        request,
        `users('${host.mailbox.owner.id}')/outlook/masterCategories`,
      ),
      value: host.mailbox.categories().map((category) => ({ ...category })),
    }),
  );
  host.addRoute('POST', '/v1.0/me/outlook/masterCategories', (request) =>
    createCategory(host, request),
  );
}
