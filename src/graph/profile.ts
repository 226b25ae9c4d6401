import type { TeamMember } from '../core/team-rows';
import type { GraphClient } from './client';
import { GraphServiceError } from './errors';
import { callGraph, isRecord } from './graph-call';
import { OPERATIONS } from './operations';

/** The signed-in user's Entra object id and display name (`GET /me`). */
export async function readSignedInUser(graph: GraphClient): Promise<TeamMember> {
  const url = '/me?$select=id,displayName';
  const me: unknown = await callGraph(graph, OPERATIONS.readProfile, 'GET /me', () =>
    graph.api.api(url).get(),
  );
  const id = isRecord(me) ? me.id : undefined;
  const displayName = isRecord(me) ? me.displayName : undefined;
  if (typeof id !== 'string' || id === '') {
    throw new GraphServiceError(OPERATIONS.readProfile, 'GET /me', 200, 'no user id');
  }
  return {
    id,
    displayName: typeof displayName === 'string' && displayName !== '' ? displayName : id,
  };
}
