import type { Language } from '../core/errors';
import type { TeamWeekGrid } from '../core/team-rows';
import { teamWeekGrid } from '../core/team-rows';
import type { GraphClient } from '../graph/client';
import type { DriveFile } from '../graph/drive';
import { GraphDriveStore } from '../graph/graph-drive-store';
import { createOrganizationEditLink } from '../graph/sharing';
import { readNamedCell } from '../workbook/table-operations';
import { TEAM_LAYOUT_NAME, TEAM_LAYOUT_PREFIX } from '../workbook/team-layout';
import { readTeamRows } from '../workbook/team-rows';
import { teamTemplate } from '../workbook/team-template';
import { splitPath } from './save-week-to-onedrive';
import { teamWorkbookMissing, workbookExists } from './team-errors';

export const DEFAULT_TEAM_WORKBOOK_PATH = '/Centaure/Equipe.xlsx';

export interface TeamWorkbookCreated {
  file: DriveFile;
  /** The organization-scoped edit link the manager hands to the team. */
  link: string;
  /** False when a team workbook was already at the path: it is shared as it is. */
  created: boolean;
}

/**
 * Manager view: creates the team workbook in the manager's OneDrive from the template, never
 * over an existing file, and shares it with an organization-scoped edit link. Run again on
 * the same path, it shares the team workbook already there (Graph gives the same link back).
 */
export async function createTeamWorkbook(
  graph: GraphClient,
  options: { path?: string; language: Language; week: string },
): Promise<TeamWorkbookCreated> {
  const path = options.path ?? DEFAULT_TEAM_WORKBOOK_PATH;
  const { folder } = splitPath(path);
  const drive = new GraphDriveStore(graph);
  await drive.ensureFolder(folder);
  const saved = await drive.createFile(path, await teamTemplate(options.language, options.week));
  if (saved.kind === 'saved') {
    return {
      file: saved.file,
      link: await createOrganizationEditLink(graph, saved.file),
      created: true,
    };
  }
  const existing = await drive.findByPath(path);
  if (existing === null || existing.isFolder) throw workbookExists(path);
  const marker = await readNamedCell(await drive.download(existing), TEAM_LAYOUT_NAME).catch(
    () => ({ found: false as const }),
  );
  if (!marker.found || !String(marker.value ?? '').startsWith(TEAM_LAYOUT_PREFIX)) {
    throw workbookExists(path);
  }
  return {
    file: existing,
    link: await createOrganizationEditLink(graph, existing),
    created: false,
  };
}

/**
 * Manager view: the team's grid for a week, read from the team workbook in the manager's
 * OneDrive (each member's latest push only, as the dashboard reads it).
 */
export async function readTeamWeek(
  graph: GraphClient,
  options: { path?: string; week: string; now?: Date },
): Promise<TeamWeekGrid> {
  const path = options.path ?? DEFAULT_TEAM_WORKBOOK_PATH;
  const drive = new GraphDriveStore(graph);
  const file = await drive.findByPath(path);
  if (file === null || file.isFolder) throw teamWorkbookMissing(path);
  const rows = await readTeamRows(await drive.download(file));
  return teamWeekGrid(rows, options.week, options.now ?? new Date());
}
