import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Language, LocalizedMessage } from '../../../core/errors';
import type { SettingsField, UserSettings } from '../../../core/user-settings';
import { parseUserSettings, SettingsError, settingsToJson } from '../../../core/user-settings';
import type { ExclusionReason } from '../../../core/week-summary';
import { EXCLUSION_REASONS } from '../../../core/week-summary';
import { readTypedNumber, typedNumber } from '../../../core/typed-number';
import { messageOf } from '../../../usecases/error-message';
import { loadUserSettings, saveUserSettings } from '../../../usecases/user-settings';
import { useChooseLanguage } from '../../app/language-choice';
import { useServices } from '../../app/services-context';
import { StatusMessage } from '../../components/status-message';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';
import { useMethodStyles } from '../method-styles';
import { DiagnosticsEntry } from './diagnostics-view';

const STRINGS: Localized<{
  loading: string;
  heading: string;
  workbookPath: string;
  workbookHint: string;
  team: string;
  teamHint: string;
  noTeam: string;
  allDay: string;
  exclusions: string;
  exclusionsHint: string;
  rules: Record<ExclusionReason, string>;
  language: string;
  outlook: string;
  save: string;
  saved: string;
  unreadable: (why: string) => string;
}> = {
  fr: {
    loading: 'Lecture des réglages…',
    heading: 'Réglages',
    workbookPath: 'Classeur de suivi dans OneDrive',
    workbookHint: 'Un chemin qui commence par / et finit par .xlsx.',
    team: 'Lien du classeur d’équipe',
    teamHint:
      'Rejoindre ou quitter une équipe se fait dans l’onglet Équipe, après l’avis qui dit ce que votre responsable verra.',
    noTeam: 'Aucune équipe',
    allDay: 'Heures comptées pour une journée entière étiquetée',
    exclusions: 'Ne pas compter',
    exclusionsHint: 'Décochez une règle pour compter ces événements.',
    rules: {
      cancelled: 'Les réunions annulées',
      declined: 'Les réunions refusées',
      free: 'Les événements affichés « Disponible »',
      allDay: 'Les journées entières sans tâche',
    },
    language: 'Langue',
    outlook: 'Celle d’Outlook',
    save: 'Enregistrer les réglages',
    saved: 'Réglages enregistrés.',
    unreadable: (why) =>
      `Les réglages enregistrés sont illisibles (${why}) : voici les réglages par défaut.`,
  },
  en: {
    loading: 'Reading the settings…',
    heading: 'Settings',
    workbookPath: 'Tracking workbook in OneDrive',
    workbookHint: 'A path starting with / and ending with .xlsx.',
    team: 'Team workbook link',
    teamHint:
      'Join or leave a team in the Team tab, after its notice of what your manager will see.',
    noTeam: 'No team',
    allDay: 'Hours counted for a tagged all-day event',
    exclusions: 'Do not count',
    exclusionsHint: 'Untick a rule to count those events.',
    rules: {
      cancelled: 'Cancelled meetings',
      declined: 'Declined meetings',
      free: 'Events shown as Free',
      allDay: 'All-day events with no task',
    },
    language: 'Language',
    outlook: 'Outlook’s',
    save: 'Save settings',
    saved: 'Settings saved.',
    unreadable: (why) => `The stored settings cannot be read (${why}): here are the defaults.`,
  },
};

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  group: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
});

// Kept in both languages: saving another language switches the pane under the messages.
type SettingsStatus = { intent: 'success' | 'warning' | 'error'; text: LocalizedMessage } | null;
type FieldProblem = { field: SettingsField; text: LocalizedMessage } | null;

interface Draft {
  workbookPath: string;
  teamWorkbookUrl: string;
  allDayHours: string;
  exclusions: ReadonlySet<ExclusionReason>;
  language: Language | '';
}

function draftOf(settings: UserSettings, language: Language): Draft {
  return {
    workbookPath: settings.workbookPath,
    teamWorkbookUrl: settings.teamWorkbookUrl ?? '',
    allDayHours: typedNumber(settings.counting.allDayHours, language),
    exclusions: new Set(settings.counting.exclusions),
    language: settings.language ?? '',
  };
}

/** Workbook path, team link, counting options and language: validated, saved to roaming settings. */
export function SettingsView() {
  const services = useServices();
  const chooseLanguage = useChooseLanguage();
  const { say, language } = useI18n();
  const s = useStrings(STRINGS);
  const styles = { ...useMethodStyles(), ...useStyles() };
  const [stored, setStored] = useState<UserSettings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<FieldProblem>(null);
  const [status, setStatus] = useState<SettingsStatus>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadUserSettings(services.settings).then(
      (loaded) => {
        setStored(loaded.settings);
        setDraft(draftOf(loaded.settings, loaded.settings.language ?? language));
        const why = loaded.problem?.text;
        if (why !== undefined) {
          setStatus({
            intent: 'warning',
            text: { fr: STRINGS.fr.unreadable(why.fr), en: STRINGS.en.unreadable(why.en) },
          });
        }
      },
      (error: unknown) => setStatus({ intent: 'error', text: messageOf(error) }),
    );
  }, [services, language]);

  const shownStatus = status === null ? null : { intent: status.intent, text: say(status.text) };
  if (stored === null || draft === null) {
    return shownStatus === null ? (
      <Spinner size="small" label={s.loading} />
    ) : (
      <StatusMessage status={shownStatus} />
    );
  }
  const messageFor = (field: SettingsField) =>
    problem?.field === field ? say(problem.text) : undefined;
  const state = (field: SettingsField) => (problem?.field === field ? 'error' : 'none');

  const save = () => {
    setStatus(null);
    setProblem(null);
    const allDayHours = readTypedNumber(draft.allDayHours);
    let next: UserSettings;
    try {
      next = parseUserSettings({
        ...settingsToJson(stored),
        workbookPath: draft.workbookPath,
        counting: {
          allDayHours,
          exclusions: EXCLUSION_REASONS.filter((r) => draft.exclusions.has(r)),
        },
        language: draft.language === '' ? null : draft.language,
      });
    } catch (error) {
      if (error instanceof SettingsError) {
        setProblem({ field: error.field, text: error.text });
        return;
      }
      throw error;
    }
    setBusy(true);
    saveUserSettings(services.settings, next).then(
      (saved) => {
        setStored(saved);
        // Saving another language switches the pane: the figure follows it.
        setDraft(draftOf(saved, saved.language ?? language));
        setStatus({ intent: 'success', text: { fr: STRINGS.fr.saved, en: STRINGS.en.saved } });
        setBusy(false);
        chooseLanguage(saved.language);
      },
      (error: unknown) => {
        setStatus({ intent: 'error', text: messageOf(error) });
        setBusy(false);
      },
    );
  };

  return (
    <>
      <form
        className={styles.form}
        aria-labelledby="settings-heading"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <h2 id="settings-heading" className={styles.heading}>
          {s.heading}
        </h2>
        <Field
          label={s.workbookPath}
          hint={s.workbookHint}
          validationMessage={messageFor('workbookPath')}
          validationState={state('workbookPath')}
        >
          <Input
            value={draft.workbookPath}
            onChange={(_e, data) => setDraft({ ...draft, workbookPath: data.value })}
          />
        </Field>
        <Field
          label={s.team}
          hint={s.teamHint}
          validationMessage={messageFor('teamWorkbookUrl')}
          validationState={state('teamWorkbookUrl')}
        >
          {/* Joining goes through the Team tab: the link is checked there, after the privacy notice. */}
          <Input type="url" readOnly value={draft.teamWorkbookUrl} placeholder={s.noTeam} />
        </Field>
        <Field
          label={s.allDay}
          validationMessage={messageFor('counting.allDayHours')}
          validationState={state('counting.allDayHours')}
        >
          <Input
            inputMode="decimal"
            value={draft.allDayHours}
            onChange={(_e, data) => setDraft({ ...draft, allDayHours: data.value })}
          />
        </Field>
        <fieldset className={styles.group} aria-describedby="exclusions-hint">
          <legend className={styles.legend}>{s.exclusions}</legend>
          <span id="exclusions-hint">{s.exclusionsHint}</span>
          {EXCLUSION_REASONS.map((reason) => (
            <Checkbox
              key={reason}
              label={s.rules[reason]}
              checked={draft.exclusions.has(reason)}
              onChange={(_e, data) => {
                const next = new Set(draft.exclusions);
                if (data.checked === true) next.add(reason);
                else next.delete(reason);
                setDraft({ ...draft, exclusions: next });
              }}
            />
          ))}
        </fieldset>
        <Field label={s.language}>
          <Select
            value={draft.language}
            onChange={(_e, data) =>
              setDraft({ ...draft, language: data.value as Draft['language'] })
            }
          >
            <option value="">{s.outlook}</option>
            <option value="fr" lang="fr">
              Français
            </option>
            <option value="en" lang="en">
              English
            </option>
          </Select>
        </Field>
        <StatusMessage status={shownStatus} />
        <div>
          <Button appearance="primary" type="submit" disabled={busy}>
            {s.save}
          </Button>
        </div>
      </form>
      <DiagnosticsEntry />
    </>
  );
}
