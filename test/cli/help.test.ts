import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { runCli } from '../support/run-cli';

describe('centaure help and version', () => {
  it('helps in French to a French user, with commander’s own words translated', async () => {
    const { code, stdout } = await runCli(['--help'], { language: 'fr' });
    expect(code).toBe(0);
    expect(stdout).toContain('Utilisation : centaure [options] [commande]');
    expect(stdout).toContain('Commandes :');
    expect(stdout).toContain('afficher cette aide');
    expect(stdout).toMatch(/summarize \[options\]\s+Afficher les chiffres d’une semaine en JSON/);
    expect(stdout).not.toMatch(/display help|Usage:/);
  });

  it('helps in English otherwise, without pointing at internal documents', async () => {
    const { stdout } = await runCli(['summarize', '--help']);
    expect(stdout).toContain('Usage: centaure summarize [options]');
    expect(stdout).toContain("Print one week's figures as JSON");
    expect(stdout).not.toContain('SPEC');
  });

  it('prints the version of the package', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('centaure emulator on a port already taken', () => {
  let taken: Server;
  let port: number;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    port = (taken.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((done) => taken.close(() => done())));

  it('says the port is in use, in one line', async () => {
    const result = await runCli(['emulator', '--port', String(port)], { language: 'fr' });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `centaure: Le port ${port} est déjà pris : choisissez-en un autre avec --port, ou omettez --port.\n`,
    });
  });
});
