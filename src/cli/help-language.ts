import type { Command } from 'commander';
import type { Language } from '../core/errors';

const FRENCH_TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Utilisation :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
  'Arguments:': 'Arguments :',
};

/** Commander's own words in the help (titles, the help option and command) in the user's language. */
export function localizeHelp(program: Command, language: Language): Command {
  if (language !== 'fr') return program;
  return program
    .configureHelp({ styleTitle: (title) => FRENCH_TITLES[title] ?? title })
    .helpOption('-h, --help', 'afficher cette aide')
    .helpCommand('help [commande]', 'afficher l’aide d’une commande');
}
