import type { Command } from 'commander';
import { InvalidInputError } from '../core/errors';
import type { AccessTokenProvider, GraphClient } from '../graph/client';
import { createGraphClient, GRAPH_BASE_URL } from '../graph/client';
import type { Scope } from '../graph/scopes';
import type { CommandIo } from './io';
import { say } from './io';

/** The options of the commands that call Microsoft Graph. */
export interface GraphOptionValues {
  graphUrl?: string;
}

export const TOKEN_VARIABLE = 'CENTAURE_GRAPH_TOKEN';

/** The bearer token of `CENTAURE_GRAPH_TOKEN`; its absence is said with the permissions the command needs. */
function tokenFromEnvironment(
  env: NodeJS.ProcessEnv,
  needed: readonly Scope[],
): AccessTokenProvider {
  const token = env[TOKEN_VARIABLE]?.trim() ?? '';
  if (token === '') {
    const scopes = needed.join(', ');
    throw new InvalidInputError({
      fr: `${TOKEN_VARIABLE} n’est pas définie : mettez-y un jeton d’accès Microsoft Graph (autorisations ${scopes}).`,
      en: `${TOKEN_VARIABLE} is not set: put a Microsoft Graph access token in it (permissions ${scopes}).`,
    });
  }
  return { getAccessToken: async () => token };
}

/** Adds `--graph-url`, with the same help everywhere. */
export function addGraphOptions(command: Command, io: CommandIo): Command {
  return command.option(
    '--graph-url <url>',
    say(
      io,
      `racine du service Microsoft Graph (par défaut : ${GRAPH_BASE_URL})`,
      `Microsoft Graph service root (default: ${GRAPH_BASE_URL})`,
    ),
  );
}

/** The Graph client of a command: the token of `CENTAURE_GRAPH_TOKEN`, the service root of `--graph-url`. */
export function graphFromOptions(
  values: GraphOptionValues,
  io: CommandIo,
  scopes: readonly Scope[],
): GraphClient {
  return createGraphClient({
    tokenProvider: tokenFromEnvironment(io.env, scopes),
    baseUrl: values.graphUrl,
  });
}
