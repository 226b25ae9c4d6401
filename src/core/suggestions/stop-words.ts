const FRENCH =
  'le la les un une des du de et ou au aux en dans sur pour par avec sans chez sous entre vers ' +
  'ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je tu il ' +
  'elle on nous vous ils elles qui que quoi dont ne pas plus est sont se tr';
const ENGLISH =
  'the an and or of to in at for with by from about into over under this that these those my ' +
  'your his her its our their we you it is are be as vs via per re fw fwd';

/** Folded French and English words too common in meeting subjects to say anything about a task. */
export const STOP_WORDS: ReadonlySet<string> = new Set(`${FRENCH} ${ENGLISH}`.split(' '));
