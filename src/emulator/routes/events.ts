import type { EmulatorRequest, EmulatorResponse } from '../http-types';
import { applyEventPatch, PatchError } from '../mailbox/event-patch';
import { etagOf, eventToWire } from '../mailbox/event-wire';
import { zonePreference } from '../mailbox/time-zone-preference';
import { extendedPropertyExpansion, queryValue, selectedFields } from '../odata-query';
import { graphError, jsonResponse, notFound, odataContext, readJsonBody } from '../responses';
import type { RouteHost } from '../route-host';

function render(host: RouteHost, request: EmulatorRequest, id: string): EmulatorResponse {
  const instance = host.mailbox.find(id);
  if (!instance) return notFound();
  const { zone, applied } = zonePreference(request);
  const selectText = queryValue(request, '$select');
  const wire = eventToWire(instance, {
    zone,
    select: selectedFields(request),
    expand: extendedPropertyExpansion(request),
  });
  return jsonResponse(
    200,
    {
      '@odata.context': odataContext(
        request,
        `users('${host.mailbox.owner.id}')/events${selectText ? `(${selectText})` : ''}/$entity`,
      ),
      ...wire,
    },
    applied
      ? { 'Preference-Applied': applied, ETag: etagOf(instance) }
      : { ETag: etagOf(instance) },
  );
}

function patchEvent(host: RouteHost, request: EmulatorRequest): EmulatorResponse {
  const id = request.params.id;
  const current = host.mailbox.find(id);
  if (!current) return notFound();
  const ifMatch = request.headers['if-match'];
  if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== etagOf(current)) {
    return graphError(
      412,
      'ErrorIrresolvableConflict',
      'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
    );
  }
  const patch = readJsonBody(request);
  if (patch === undefined) {
    return graphError(
      400,
      'RequestBodyRead',
      'The request body must be a JSON object describing the event properties to update.',
    );
  }
  try {
    host.mailbox.update(id, (data) => applyEventPatch(data, patch));
  } catch (error) {
    if (error instanceof PatchError) return graphError(400, 'RequestBodyRead', error.message);
    throw error;
  }
  return render(host, request, id);
}

export function registerEventRoutes(host: RouteHost): void {
  host.addRoute('GET', '/v1.0/me/events/{id}', (request) =>
    render(host, request, request.params.id),
  );
  host.addRoute('PATCH', '/v1.0/me/events/{id}', (request) => patchEvent(host, request));
}
