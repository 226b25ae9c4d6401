import type { TeamMember } from '../../../src/core/team-rows';
import type { GraphClient } from '../../../src/graph/client';
import { readSignedInUser } from '../../../src/graph/profile';

/** The member a client signs in as, as the team push names them. */
export function readProfileOf(graph: GraphClient): Promise<TeamMember> {
  return readSignedInUser(graph);
}
