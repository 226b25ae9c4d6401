import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const GUIDE = readFileSync(resolve(__dirname, '../../docs/outlook-add-in.md'), 'utf8');

describe('the app registration steps', () => {
  // office-js issue 5196: with a `brk-multihub://` redirect URI first, admin consent fails with
  // AADSTS7000471; the https one must be listed first.
  it('have the administrator add the https dialog redirect URI before the brk-multihub one', () => {
    const section = GUIDE.slice(GUIDE.indexOf('### Entra ID app registration'));
    // The numbered steps, each with its continuation lines.
    const steps = section.split(/\n(?=\d+\. )/).filter((step) => /^\d+\. /.test(step));
    const https = steps.findIndex((step) =>
      /^\d+\. Redirect URI.*?`ADDIN_BASE_URL\/auth-dialog\.html`/s.test(step),
    );
    const broker = steps.findIndex((step) => step.includes('`brk-multihub://<origin>`'));

    expect(https).toBeGreaterThan(-1);
    expect(broker).toBeGreaterThan(https);
  });
});
