import type { TeamMember } from '../core/team-rows';
import type { GraphClient } from './client';
import { GraphServiceError } from './errors';
import { callGraph, isRecord } from './graph-call';
import { OPERATIONS } from './operations';

/** `GET /me`, asking only for what names a team member. */
export const SIGNED_IN_USER_URL = '/me?$select=id,displayName';

/** The signed-in user's Entra object id and display name (`GET /me`). */
export async function readSignedInUser(graph: GraphClient): Promise<TeamMember> {
  const me: unknown = await callGraph(graph, OPERATIONS.readProfile, 'GET /me', () =>
    graph.api.api(SIGNED_IN_USER_URL).get(),
  );
  return signedInUserOf(me);
}

/** The member a `GET /me` answer names; an answer without an id is a service error. */
export function signedInUserOf(me: unknown): TeamMember {
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
