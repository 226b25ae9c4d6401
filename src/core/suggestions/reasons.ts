import type { LocalizedMessage } from '../errors';
import type { Evidence } from './evidence';
import type { AttendeeBucket } from './features';

/** What a reason may show of the event it explains. */
export interface ReasonContext {
  /** A private subject is never quoted; only a matched keyword, which the user wrote, is. */
  isPrivate: boolean;
  /** How the event's subject spells a word key. */
  surfaceOf(word: string): string;
}

const MAX_QUOTED_KEYWORDS = 3;

function times(count: number): LocalizedMessage {
  return { fr: `${count} fois`, en: count === 1 ? 'once' : `${count} times` };
}

// Whole phrases, as French past participles agree with the noun.
const MEETING_SIZES: Record<AttendeeBucket, LocalizedMessage> = {
  solo: {
    fr: 'événements sans participant déjà tagués',
    en: 'events without attendees already tagged',
  },
  oneToOne: {
    fr: 'réunions en tête-à-tête déjà taguées',
    en: 'one-to-one meetings already tagged',
  },
  small: {
    fr: 'réunions de 2 à 5 participants déjà taguées',
    en: 'meetings with 2 to 5 attendees already tagged',
  },
  large: {
    fr: 'réunions de 6 participants ou plus déjà taguées',
    en: 'meetings with 6 or more attendees already tagged',
  },
};

/** A short sentence saying why the evidence points to its task. */
export function reasonFor(evidence: Evidence, context: ReasonContext): LocalizedMessage {
  const { code } = evidence;
  switch (evidence.source) {
    case 'series': {
      const n = evidence.count;
      return n === 1
        ? {
            fr: `même série récurrente qu’une réunion taguée ${code}`,
            en: `same recurring series as a meeting tagged ${code}`,
          }
        : {
            fr: `même série récurrente que ${n} réunions taguées ${code}`,
            en: `same recurring series as ${n} meetings tagged ${code}`,
          };
    }
    case 'keywords': {
      const shown = evidence.keywords.slice(0, MAX_QUOTED_KEYWORDS);
      return shown.length === 1
        ? { fr: `mot-clé « ${shown[0]} »`, en: `keyword "${shown[0]}"` }
        : {
            fr: `mots-clés ${shown.map((k) => `« ${k} »`).join(', ')}`,
            en: `keywords ${shown.map((k) => `"${k}"`).join(', ')}`,
          };
    }
    case 'words': {
      const n = times(evidence.count);
      const ratio = { fr: `${n.fr} sur ${evidence.total}`, en: `${n.en} out of ${evidence.total}` };
      if (context.isPrivate) {
        return {
          fr: `un mot du sujet déjà tagué ${code} ${ratio.fr}`,
          en: `a word of the subject already tagged ${code} ${ratio.en}`,
        };
      }
      const word = context.surfaceOf(evidence.word);
      return {
        fr: `mot « ${word} » déjà tagué ${code} ${ratio.fr}`,
        en: `word "${word}" already tagged ${code} ${ratio.en}`,
      };
    }
    case 'organizer': {
      const n = times(evidence.count);
      return {
        fr: `organisateur déjà tagué ${code} ${n.fr}`,
        en: `organizer already tagged ${code} ${n.en}`,
      };
    }
    case 'attendees': {
      const size = MEETING_SIZES[evidence.bucket];
      const n = times(evidence.count);
      return {
        fr: `${size.fr} ${code} ${n.fr}`,
        en: `${size.en} ${code} ${n.en}`,
      };
    }
  }
}
