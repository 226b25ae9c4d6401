import { Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { TaskField } from '../../../core/catalog';
import { AI_DECISIONS, AI_POTENTIALS, QUADRANTS } from '../../../core/catalog';
import { QUADRANT_NAMES } from '../../i18n/domain-strings';
import { useI18n, useStrings, type Localized } from '../../i18n/i18n';

/** A task as typed in the editor: text everywhere, checked by `parseCatalog` on save. */
export interface TaskDraft {
  code: string;
  labelFr: string;
  labelEn: string;
  quadrant: string;
  plannedHours: string;
  category: string;
  aiPotential: string;
  aiNote: string;
  decision: string;
  decisionReason: string;
  aiSince: string;
}

const STRINGS: Localized<{
  code: string;
  codeHint: string;
  labelFr: string;
  labelEn: string;
  labelEnHint: string;
  quadrant: string;
  planned: string;
  category: string;
  potential: string;
  note: string;
  noteHint: string;
  decision: string;
  reason: string;
  reasonHint: string;
  since: string;
  potentials: Record<string, string>;
  decisions: Record<string, string>;
}> = {
  fr: {
    code: 'Code',
    codeHint: '2 à 6 lettres majuscules ou chiffres.',
    labelFr: 'Libellé en français',
    labelEn: 'Libellé en anglais',
    labelEnHint: 'Facultatif : laissé vide, le libellé en français sert aussi en anglais.',
    quadrant: 'Quadrant',
    planned: 'Heures prévues par semaine',
    category: 'Catégorie Outlook',
    potential: 'Potentiel de l’IA (étape 3)',
    note: 'Comment l’IA pourrait aider',
    noteHint: 'Quelques mots, 200 caractères au plus.',
    decision: 'Décision (étape 4)',
    reason: 'Pourquoi, avec vos mots',
    reasonHint: 'Vos valeurs, les règles de votre entreprise.',
    since: 'IA adoptée le',
    potentials: { none: 'Aucun', assist: 'Assistance', automate: 'Automatisation' },
    decisions: { keep: 'Garder humain', assisted: 'Assisté par l’IA', automated: 'Automatisé' },
  },
  en: {
    code: 'Code',
    codeHint: '2 to 6 capital letters or digits.',
    labelFr: 'Label in French',
    labelEn: 'Label in English',
    labelEnHint: 'Optional: left empty, the French label is used in English too.',
    quadrant: 'Quadrant',
    planned: 'Planned hours per week',
    category: 'Outlook category',
    potential: 'AI potential (step 3)',
    note: 'How AI could help',
    noteHint: 'A few words, 200 characters at most.',
    decision: 'Decision (step 4)',
    reason: 'Why, in your words',
    reasonHint: 'Your values, your company’s rules.',
    since: 'AI adopted on',
    potentials: { none: 'None', assist: 'Assist', automate: 'Automate' },
    decisions: { keep: 'Keep human', assisted: 'AI-assisted', automated: 'Automated' },
  },
};

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

/** The fields of one task, each with the catalog's message for it when it is wrong. */
export function TaskEditor({
  draft,
  problem,
  onChange,
}: {
  draft: TaskDraft;
  problem: { field: TaskField; text: string } | null;
  onChange: (next: TaskDraft) => void;
}) {
  const styles = useStyles();
  const { say } = useI18n();
  const s = useStrings(STRINGS);
  const check = (field: TaskField) =>
    problem?.field === field
      ? { validationMessage: problem.text, validationState: 'error' as const }
      : {};
  const text = (key: keyof TaskDraft) => ({
    value: draft[key],
    onChange: (_e: unknown, data: { value: string }) => onChange({ ...draft, [key]: data.value }),
  });
  return (
    <div className={styles.fields}>
      <Field label={s.code} hint={s.codeHint} {...check('code')}>
        <Input {...text('code')} />
      </Field>
      <Field label={s.labelFr} {...check('label.fr')}>
        <Input lang="fr" {...text('labelFr')} />
      </Field>
      <Field label={s.labelEn} hint={s.labelEnHint} {...check('label.en')}>
        <Input lang="en" {...text('labelEn')} />
      </Field>
      <Field label={s.quadrant} {...check('quadrant')}>
        <Select {...text('quadrant')}>
          {QUADRANTS.map((q) => (
            <option key={q} value={q}>
              {q} · {say(QUADRANT_NAMES[q])}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.planned} {...check('plannedHours')}>
        <Input inputMode="decimal" {...text('plannedHours')} />
      </Field>
      <Field label={s.category} {...check('category')}>
        <Input {...text('category')} />
      </Field>
      <Field label={s.potential} {...check('aiPotential')}>
        <Select {...text('aiPotential')}>
          {AI_POTENTIALS.map((p) => (
            <option key={p} value={p}>
              {s.potentials[p]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.note} hint={s.noteHint} {...check('aiNote')}>
        <Textarea resize="vertical" {...text('aiNote')} />
      </Field>
      <Field label={s.decision} {...check('decision')}>
        <Select {...text('decision')}>
          {AI_DECISIONS.map((d) => (
            <option key={d} value={d}>
              {s.decisions[d]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.reason} hint={s.reasonHint} {...check('decisionReason')}>
        <Textarea resize="vertical" {...text('decisionReason')} />
      </Field>
      <Field label={s.since} {...check('aiSince')}>
        <Input type="date" {...text('aiSince')} />
      </Field>
    </div>
  );
}
