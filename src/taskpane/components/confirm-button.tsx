import { Button, makeStyles, tokens, useId, type ButtonProps } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { GLOSSARY } from '../../core/glossary';
import { useI18n } from '../i18n/i18n';

const useStyles = makeStyles({
  // The question takes the button's place and the whole width, and long words (a file name,
  // a link) wrap inside the 320 px pane.
  box: {
    flexBasis: '100%',
    boxSizing: 'border-box',
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
  },
  question: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  consequence: { margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS}` },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * A button whose action cannot be undone (leave the team, give up a pending week, delete a
 * task): it asks first, in place of the button, saying what happens, with the action named on
 * its own button and Cancel focused (Escape cancels too). Nothing happens until the user
 * confirms.
 *
 * In place rather than in a modal dialog: Fluent's modal dialog hides the rest of the page
 * from screen readers (aria-hidden on the root) and, when confirming removed the button that
 * opened it (after leaving the team, deleting a task), left the whole pane hidden; its styles
 * would also ship in the pane's first load.
 */
export function ConfirmButton(props: {
  /** The button's own text. */
  children: ReactNode;
  /** The question, e.g. "Leave the team?". */
  question: string;
  /** What confirming does, in one or two sentences. */
  consequence: string;
  /** The confirming button's text: the action's name, not "OK". */
  confirm: string;
  onConfirm(): void;
  disabled?: boolean;
  size?: ButtonProps['size'];
  appearance?: ButtonProps['appearance'];
  'aria-label'?: string;
}) {
  const { say } = useI18n();
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const questionId = useId('confirm-question');
  const consequenceId = useId('confirm-consequence');
  const trigger = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Where the keyboard focus goes: to Cancel when asked, back to the button when cancelled. In
  // the same task as the change, not after the next frame (where the renderer runs effects):
  // in between, the focus was on the page's body, and a screen reader said so.
  const focusTrigger = useRef(false);
  useLayoutEffect(() => {
    if (asking) cancelButton.current?.focus();
    else if (focusTrigger.current) trigger.current?.focus();
    focusTrigger.current = false;
  }, [asking]);

  if (!asking) {
    return (
      <Button
        ref={trigger}
        size={props.size}
        appearance={props.appearance}
        disabled={props.disabled}
        aria-label={props['aria-label']}
        onClick={() => setAsking(true)}
      >
        {props.children}
      </Button>
    );
  }
  const cancel = () => {
    focusTrigger.current = true;
    setAsking(false);
  };
  return (
    <div
      role="group"
      aria-labelledby={questionId}
      aria-describedby={consequenceId}
      className={styles.box}
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <p id={questionId} className={styles.question}>
        {props.question}
      </p>
      <p id={consequenceId} className={styles.consequence}>
        {props.consequence}
      </p>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          size={props.size}
          onClick={() => {
            setAsking(false);
            props.onConfirm();
          }}
        >
          {props.confirm}
        </Button>
        <Button ref={cancelButton} size={props.size} onClick={cancel}>
          {say(GLOSSARY.cancel)}
        </Button>
      </div>
    </div>
  );
}
