import type { LocalizedMessage } from '../core/errors';
import { CentaureError } from '../core/errors';
import type { SignInFacts, SignInPath } from '../auth/token-source';

export type { SignInFacts, SignInPath };

/** What the host says about itself: no network, no sign-in. */
export interface HostFacts {
  /** `Outlook`, `OutlookWebApp`, `newOutlookWindows`…; null outside Outlook. */
  readonly client: string | null;
  readonly version: string;
  /** The highest Mailbox requirement set supported, e.g. `1.13`; null when none. */
  readonly mailbox: string | null;
  readonly nestedAppAuth: boolean;
  readonly dialogApi: boolean;
  /** How the open item's categories read: `null` on some Outlook versions (API reference). */
  readonly categories: 'array' | 'null' | 'no-item' | 'unreadable';
  /** How long Outlook takes to answer the open item's reads; null where its categories cannot be read. */
  readonly itemReads: ItemReadTimes | null;
}

/**
 * Milliseconds Outlook takes to answer each read the Tag view waits for before it shows the
 * meeting's task (median of a few round trips): the figure the bench's scripted Outlook can
 * only assume (`ITEM_READ_MS`).
 */
export interface ItemReadTimes {
  readonly categories: number;
  readonly customProperties: number;
  /** Null where Outlook has no shared-folder API (before Mailbox 1.8). */
  readonly sharedProperties: number | null;
  /** Round trips timed per read. */
  readonly roundTrips: number;
}

/** Each dependency, probed without writing anything. Failures are thrown as they come. */
export interface SelfTestPorts {
  host(): Promise<HostFacts>;
  signIn(): Promise<SignInFacts>;
  /** Today's calendarView: the number of events only. */
  todayEventCount(): Promise<number>;
  /** The catalog's Outlook categories present in the mailbox's master list. */
  masterCategories(): Promise<{ present: number; total: number }>;
  /** The workbook's folder and file (a read: nothing is written). */
  workbook(): Promise<{ path: string; folder: boolean; file: boolean }>;
  /** Whether the Excel REST API opens a session on the workbook (a non-persistent one, closed at once). */
  excelSession(): Promise<'available' | 'unavailable' | 'no-file'>;
  /** The team workbook link, when the user has one. */
  teamLink(): Promise<'none' | 'reachable'>;
}

export type CheckId =
  | 'outlook'
  | 'requirement-sets'
  | 'sign-in'
  | 'categories'
  | 'meeting-reads'
  | 'calendar'
  | 'master-categories'
  | 'workbook'
  | 'excel-session'
  | 'team-link';

export interface CheckLine {
  readonly id: CheckId;
  readonly ok: boolean;
  /** Facts for IT: versions, codes, counts, the workbook path; never a token, subject or attendee. */
  readonly detail: LocalizedMessage;
  /** What to do when not ok. */
  readonly fix: LocalizedMessage | null;
}

const same = (text: string): LocalizedMessage => ({ fr: text, en: text });

const TITLES: Record<CheckId, LocalizedMessage> = {
  outlook: { fr: 'Outlook', en: 'Outlook' },
  'requirement-sets': { fr: 'Ensembles d’API', en: 'Requirement sets' },
  'sign-in': { fr: 'Connexion', en: 'Sign-in' },
  categories: { fr: 'Catégories de la réunion', en: 'Meeting categories' },
  'meeting-reads': { fr: 'Lectures de la réunion', en: 'Meeting reads' },
  calendar: { fr: 'Calendrier du jour', en: 'Today’s calendar' },
  'master-categories': { fr: 'Catégories Centaure', en: 'Centaure categories' },
  workbook: { fr: 'Classeur', en: 'Workbook' },
  'excel-session': { fr: 'Excel en ligne', en: 'Excel online' },
  'team-link': { fr: 'Lien d’équipe', en: 'Team link' },
};

export function checkTitle(id: CheckId): LocalizedMessage {
  return TITLES[id];
}

const PATHS: Record<SignInPath, LocalizedMessage> = {
  'naa-silent': { fr: 'Outlook, sans fenêtre (NAA)', en: 'Outlook, silently (NAA)' },
  'naa-popup': { fr: 'fenêtre de connexion (NAA)', en: 'sign-in popup (NAA)' },
  'office-dialog': { fr: 'boîte de dialogue Office', en: 'Office dialog' },
  demo: { fr: 'démo (émulateur)', en: 'demo (emulator)' },
};

/** What a failed probe says: Centaure's own message (with its support code), never a raw text. */
function failureText(error: unknown): LocalizedMessage {
  if (error instanceof CentaureError) return error.text;
  const name = error instanceof Error && /^[A-Za-z]{1,40}$/.test(error.name) ? error.name : 'Error';
  return {
    fr: `Échec inattendu (${name}) : recommencez, puis transmettez ce rapport à votre service informatique.`,
    en: `Unexpected failure (${name}): try again, then pass this report on to your IT department.`,
  };
}

async function probe(id: CheckId, run: () => Promise<Omit<CheckLine, 'id'>>): Promise<CheckLine> {
  try {
    return { id, ...(await run()) };
  } catch (error) {
    return { id, ok: false, detail: failureText(error), fix: null };
  }
}

const UPDATE_OUTLOOK: LocalizedMessage = {
  fr: 'Mettez Outlook à jour (Microsoft 365, canal actuel) ou utilisez Outlook sur le web.',
  en: 'Update Outlook (Microsoft 365, Current Channel) or use Outlook on the web.',
};

function hostLines(host: HostFacts): CheckLine[] {
  const outlook: CheckLine =
    host.client === null
      ? {
          id: 'outlook',
          ok: false,
          detail: {
            fr: 'Le volet n’est pas ouvert dans Outlook.',
            en: 'The pane is not open in Outlook.',
          },
          fix: {
            fr: 'Ouvrez Centaure depuis une réunion de votre calendrier Outlook.',
            en: 'Open Centaure from a meeting of your Outlook calendar.',
          },
        }
      : { id: 'outlook', ok: true, detail: same(`${host.client} ${host.version}`), fix: null };
  const mailboxOk = host.mailbox !== null && Number(host.mailbox.split('.')[1]) >= 8;
  // Without NAA the dialog signs in; Outlook 2016 says no to DialogApi 1.1 yet opens it.
  const sets = same(
    `Mailbox ${host.mailbox ?? '—'} · NestedAppAuth ${host.nestedAppAuth ? '1.1' : '—'} · DialogApi ${host.dialogApi ? '1.1' : '—'}`,
  );
  const requirementSets: CheckLine = {
    id: 'requirement-sets',
    ok: host.client === null || mailboxOk,
    detail: sets,
    fix: host.client === null || mailboxOk ? null : UPDATE_OUTLOOK,
  };
  const categoriesDetail: Record<HostFacts['categories'], LocalizedMessage> = {
    array: { fr: 'lues comme une liste', en: 'read as a list' },
    null: { fr: 'lues comme « null » (pris en charge)', en: 'read as null (handled)' },
    'no-item': { fr: 'aucune réunion ouverte', en: 'no meeting open' },
    unreadable: {
      fr: 'illisibles dans ce mode : Centaure passe par Microsoft 365',
      en: 'unreadable in this mode: Centaure goes through Microsoft 365',
    },
  };
  const categories: CheckLine = {
    id: 'categories',
    ok: true,
    detail: categoriesDetail[host.categories],
    fix: null,
  };
  return [outlook, requirementSets, categories, meetingReads(host.itemReads)];
}

/** The reads' round trips, for IT and for the bench's model of Outlook: a fact, never a fault. */
function meetingReads(times: ItemReadTimes | null): CheckLine {
  if (times === null) {
    return {
      id: 'meeting-reads',
      ok: true,
      detail: {
        fr: 'non mesurées : aucune réunion lue dans Outlook',
        en: 'not measured: no meeting read from Outlook',
      },
      fix: null,
    };
  }
  // A figure and its unit stay on one line at 320 px.
  const ms = (value: number) => `${Math.round(value)}\u00a0ms`;
  const shared = (label: string) =>
    times.sharedProperties === null ? '' : ` · ${label} ${ms(times.sharedProperties)}`;
  return {
    id: 'meeting-reads',
    ok: true,
    detail: {
      fr: `catégories ${ms(times.categories)} · propriétés ${ms(times.customProperties)}${shared('partage')} (médianes de ${times.roundTrips} allers-retours)`,
      en: `categories ${ms(times.categories)} · custom properties ${ms(times.customProperties)}${shared('sharing')} (medians of ${times.roundTrips} round trips)`,
    },
    fix: null,
  };
}

/**
 * The first-day self-test: each dependency of the product, probed in turn without writing
 * anything, one line each (OK, or the problem and what to do). Lines hold versions, codes,
 * counts and the workbook path only: no token, subject or attendee (SelfTestPorts give none).
 */
export async function runSelfTest(ports: SelfTestPorts): Promise<CheckLine[]> {
  let host: HostFacts;
  try {
    host = await ports.host();
  } catch {
    host = {
      client: null,
      version: '',
      mailbox: null,
      nestedAppAuth: false,
      dialogApi: false,
      categories: 'no-item',
      itemReads: null,
    };
  }
  const lines = hostLines(host);
  const signIn = await probe('sign-in', async () => {
    const facts = await ports.signIn();
    const path = PATHS[facts.path];
    const scopes = facts.scopes.join(' ');
    return {
      ok: true,
      detail: { fr: `${path.fr} · ${scopes}`, en: `${path.en} · ${scopes}` },
      fix: null,
    };
  });
  lines.push(signIn);
  if (!signIn.ok) return lines;
  lines.push(
    await probe('calendar', async () => {
      const count = await ports.todayEventCount();
      return {
        ok: true,
        detail: { fr: `${count} événement(s) lu(s)`, en: `${count} event(s) read` },
        fix: null,
      };
    }),
    await probe('master-categories', async () => {
      const { present, total } = await ports.masterCategories();
      return {
        ok: true,
        detail: { fr: `${present} sur ${total} présentes`, en: `${present} of ${total} present` },
        fix:
          present === total
            ? null
            : {
                fr: 'Les catégories manquantes seront créées au premier étiquetage.',
                en: 'The missing ones are created at the first tag.',
              },
      };
    }),
    await probe('workbook', async () => {
      const { path, folder, file } = await ports.workbook();
      const state = file
        ? { fr: 'existe', en: 'exists' }
        : folder
          ? { fr: 'sera créé à la première génération', en: 'created at the first generation' }
          : {
              fr: 'dossier créé à la première génération',
              en: 'folder created at the first generation',
            };
      return {
        ok: true,
        detail: { fr: `${path} · ${state.fr}`, en: `${path} · ${state.en}` },
        fix: null,
      };
    }),
    await probe('excel-session', async () => {
      const state = await ports.excelSession();
      if (state === 'available') {
        return {
          ok: true,
          detail: { fr: 'session disponible', en: 'session available' },
          fix: null,
        };
      }
      if (state === 'no-file') {
        return {
          ok: true,
          detail: { fr: 'pas encore de classeur', en: 'no workbook yet' },
          fix: null,
        };
      }
      return {
        ok: false,
        detail: { fr: 'session refusée', en: 'session refused' },
        fix: {
          fr: 'Centaure enregistre alors le fichier entier : fermez le classeur dans Excel pendant la génération.',
          en: 'Centaure then saves the whole file: close the workbook in Excel while generating.',
        },
      };
    }),
    await probe('team-link', async () => {
      const state = await ports.teamLink();
      return {
        ok: true,
        detail:
          state === 'none'
            ? { fr: 'aucune équipe', en: 'no team' }
            : { fr: 'classeur d’équipe accessible', en: 'team workbook reachable' },
        fix: null,
      };
    }),
  );
  return lines;
}

/** The report as plain text for IT, in the user's language. */
export function selfTestReport(lines: readonly CheckLine[], language: 'fr' | 'en'): string {
  const header = language === 'fr' ? 'Centaure — diagnostic' : 'Centaure — diagnostics';
  const body = lines.map((line) => {
    const status = line.ok ? 'OK' : language === 'fr' ? 'PROBLÈME' : 'PROBLEM';
    const fix = line.fix === null ? '' : ` → ${line.fix[language]}`;
    const colon = language === 'fr' ? ' :' : ':';
    return `${status} · ${TITLES[line.id][language]}${colon} ${line.detail[language]}${fix}`;
  });
  return [header, ...body].join('\n');
}
