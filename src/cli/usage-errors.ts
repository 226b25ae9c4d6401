import type { CommanderError } from 'commander';
import type { Language } from '../core/errors';
import { oneLine } from '../core/errors';

/** What commander names in its message: the option or command between quotes. */
function quoted(message: string): string {
  return /'([^']*)'/.exec(message)?.[1] ?? '';
}

const FRENCH: Readonly<Record<string, (name: string) => string>> = {
  'commander.missingMandatoryOptionValue': (name) => `l’option obligatoire « ${name} » manque`,
  'commander.optionMissingArgument': (name) => `l’option « ${name} » attend une valeur`,
  'commander.missingArgument': (name) => `l’argument « ${name} » manque`,
  'commander.unknownOption': (name) => `option inconnue « ${name} »`,
  'commander.unknownCommand': (name) => `commande inconnue « ${name} »`,
  'commander.excessArguments': () => 'trop d’arguments',
};

/** A usage error (unknown command, missing option…) as one line in the user's language. */
export function usageErrorLine(error: CommanderError, language: Language): string {
  const english = error.message.replace(/^error: /, '');
  const french = FRENCH[error.code];
  const text = language === 'fr' && french ? french(quoted(english)) : english;
  return oneLine(text, 300);
}
