import { messageOf } from '../../src/usecases/error-message';

// A fault Centaure has no words for (a bug, a browser quirk) must still read as advice to the
// user: no "unexpected error", no program text, no address, and what to do next.
describe('the message of an error Centaure has no words for', () => {
  const bug = new TypeError(
    "Cannot read properties of null (reading 'map') at https://localhost:3000/taskpane.js:1:2",
  );

  it('says in French that nothing was lost and what to do, without the program’s text', () => {
    const { fr } = messageOf(bug);
    expect(fr).toBe(
      'Centaure n’a pas pu terminer cette action. Rien n’a été perdu : réessayez. Si cela se reproduit, Paramètres › Diagnostic donne les détails à transmettre à votre support.',
    );
  });

  it('says the same in English', () => {
    const { en } = messageOf(bug);
    expect(en).toBe(
      'Centaure could not finish this action. Nothing was lost: try again. If it happens again, Settings › Diagnostics gives the details for your support.',
    );
  });

  it('never shows "unexpected", the program’s text or an address, whatever was thrown', () => {
    for (const thrown of [bug, 'a string', null, { code: 42 }]) {
      const message = messageOf(thrown);
      for (const text of [message.fr, message.en]) {
        expect(text).not.toMatch(/unexpected|inattendu|Cannot read|https?:|\[object/i);
      }
    }
  });
});
