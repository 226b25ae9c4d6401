import type { TeamMember } from '../core/team-rows';
import type { BatchStep } from '../graph/batch';
import { runBatch } from '../graph/batch';
import type { GraphClient } from '../graph/client';
import type { DriveFile } from '../graph/drive';
import { GraphForbiddenError, GraphNotFoundError, GraphServiceError } from '../graph/errors';
import { driveFileOf, GraphDriveStore, sharingLinkItemPath } from '../graph/graph-drive-store';
import { OPERATIONS } from '../graph/operations';
import { SIGNED_IN_USER_URL, signedInUserOf } from '../graph/profile';
import { badLink, linkGone, linkTooLong, MAX_LINK_LENGTH, personalAccount } from './team-errors';

/** What one look-up found, or why it failed (thrown where the answer is used, not before). */
export type Found<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Graph's limit of requests in one `$batch`, less the one that asks who the member is. */
const MAX_LINKS_PER_LOOKUP = 19;

/** The sharing link as a URL to resolve; a bad or too long one is refused before any request. */
function sharingUrl(link: string): string {
  if (link.trim().length > MAX_LINK_LENGTH) throw linkTooLong(link.trim().length);
  let url: URL | null;
  try {
    url = new URL(link.trim());
  } catch {
    url = null;
  }
  if (url === null || url.protocol !== 'https:') throw badLink(link);
  return url.toString();
}

/** What a failed `/shares/{link}/driveItem` means to a member: revoked, gone or foreign link. */
function linkRefusal(error: unknown, link: string): unknown {
  if (error instanceof GraphNotFoundError || error instanceof GraphForbiddenError)
    return linkGone();
  if (error instanceof GraphServiceError && error.status === 400) return badLink(link);
  return error;
}

/** The file a link leads to, if the Excel REST API can write it (not a personal OneDrive). */
function teamFile(file: DriveFile): DriveFile {
  if (file.driveType === 'personal') throw personalAccount();
  return file;
}

/** Resolves a sharing link (`/shares/{encoded}/driveItem`), with a plain message for a bad, revoked or foreign one. */
export async function resolveLink(graph: GraphClient, link: string): Promise<DriveFile> {
  const url = sharingUrl(link);
  let file: DriveFile;
  try {
    file = await new GraphDriveStore(graph).resolveSharingLink(url);
  } catch (error) {
    throw linkRefusal(error, link);
  }
  return teamFile(file);
}

/** Who pushes and where each link leads, as {@link lookUpMemberAndLinks} found them. */
export interface TeamLookup {
  member: Found<TeamMember>;
  /** The links looked up (at most 19; the others are resolved when their turn comes). */
  files: ReadonlyMap<string, Found<DriveFile>>;
}

const found = <T>(work: () => T): Found<T> => {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, error };
  }
};

/**
 * Who the signed-in member is (`GET /me`, unless the caller knows) and the drive item each
 * team link leads to (`GET /shares/{link}/driveItem`), in one `$batch`: neither depends on the
 * other, and Graph runs a batch's independent requests side by side
 * (learn.microsoft.com/graph/json-batching). Nothing is remembered between pushes: the member
 * is whoever the token belongs to now, and a revoked, moved or deleted workbook is found out
 * by this very request, with the same refusals as when each was asked alone. The batch's
 * throttled requests are sent again as `runBatch` does; a link that cannot be a sharing link
 * is refused without a request.
 */
export async function lookUpMemberAndLinks(
  graph: GraphClient,
  links: readonly string[],
  member?: TeamMember,
): Promise<TeamLookup> {
  const files = new Map<string, Found<DriveFile>>();
  const asked: { link: string; url: string }[] = [];
  for (const link of new Set(links)) {
    if (asked.length === MAX_LINKS_PER_LOOKUP) break;
    const url = found(() => sharingUrl(link));
    if (url.ok) asked.push({ link, url: url.value });
    else files.set(link, url);
  }
  const steps: BatchStep[] = [
    ...(member === undefined
      ? [{ method: 'GET' as const, url: SIGNED_IN_USER_URL, operation: OPERATIONS.readProfile }]
      : []),
    ...asked.map(({ url }) => ({ method: 'GET' as const, url: sharingLinkItemPath(url) })),
  ];
  const known: Found<TeamMember> | null = member === undefined ? null : { ok: true, value: member };
  if (known !== null && steps.length === 0) return { member: known, files };
  const results = await runBatch(graph, OPERATIONS.readSharedFile, steps, { idempotent: true });
  const shares = known === null ? results.slice(1) : results;
  asked.forEach(({ link }, i) => {
    const answer = shares[i];
    files.set(
      link,
      answer.ok
        ? found(() =>
            teamFile(
              driveFileOf(
                answer.body,
                true,
                OPERATIONS.readSharedFile,
                'GET /shares/{link}/driveItem',
              ),
            ),
          )
        : { ok: false, error: linkRefusal(answer.error, link) },
    );
  });
  if (known !== null) return { member: known, files };
  const me = results[0];
  return {
    member: me.ok ? found(() => signedInUserOf(me.body)) : { ok: false, error: me.error },
    files,
  };
}
