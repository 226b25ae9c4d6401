import type { Quadrant, Task } from '../../core/catalog';
import type { Language, LocalizedMessage } from '../../core/errors';
import type { ExclusionReason } from '../../core/week-summary';
import { GLOSSARY } from '../../core/glossary';

/** The quadrants in the user's words; the code (I+U+) stays visible as in the workbook. */
export const QUADRANT_NAMES: Record<Quadrant, LocalizedMessage> = {
  'I+U+': GLOSSARY.quadrantImportantUrgent,
  'I-U+': GLOSSARY.quadrantUrgentOnly,
  'I+U-': GLOSSARY.quadrantImportantOnly,
  'I-U-': GLOSSARY.quadrantNeither,
};

/** Why an event does not count, as a short phrase. */
export const EXCLUSION_NAMES: Record<ExclusionReason, LocalizedMessage> = {
  cancelled: { fr: 'annulé', en: 'cancelled' },
  declined: { fr: 'refusé', en: 'declined' },
  free: { fr: 'affiché « Disponible »', en: 'shown as Free' },
  allDay: { fr: 'journée entière', en: 'all day' },
};

/** `MGT · Management d'équipe`. */
export function taskName(task: Task, language: Language): string {
  return `${task.code} · ${task.label[language]}`;
}
