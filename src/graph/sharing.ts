import type { GraphClient } from './client';
import type { DriveFile } from './drive';
import { itemPath } from './drive';
import { GraphServiceError } from './errors';
import { callGraph, isRecord } from './graph-call';
import { OPERATIONS } from './operations';
import { IdempotentRequest } from './retry-middleware';

/**
 * `POST …/createLink` for an edit link scoped to the organization: anyone in the tenant
 * who is given it can write to the file, nobody outside. Graph hands back the existing
 * link when there is one, so asking twice gives the same link.
 */
export async function createOrganizationEditLink(
  graph: GraphClient,
  file: DriveFile,
): Promise<string> {
  const url = `${itemPath(file)}/createLink`;
  const permission: unknown = await callGraph(
    graph,
    OPERATIONS.shareTeamWorkbook,
    `POST ${url}`,
    // Safe to send again after a dropped connection: Graph answers with the link it made.
    () =>
      graph.api
        .api(url)
        .middlewareOptions([new IdempotentRequest()])
        .post({ type: 'edit', scope: 'organization' }),
  );
  const link = isRecord(permission) && isRecord(permission.link) ? permission.link : {};
  if (typeof link.webUrl !== 'string' || !link.webUrl.startsWith('https://')) {
    throw new GraphServiceError(OPERATIONS.shareTeamWorkbook, `POST ${url}`, 200, 'no link');
  }
  return link.webUrl;
}
