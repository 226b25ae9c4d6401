import { MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { useState, type Dispatch, type SetStateAction } from 'react';

/** What the last action did: announced politely on success, at once on failure. */
export type Status = { intent: 'success' | 'warning' | 'error' | 'info'; text: string } | null;

const useStyles = makeStyles({
  // The single-line MessageBar keeps its text on one line and clips it at 320 px; a long
  // word (a file name, a path) breaks rather than run off the pane's edge.
  body: { whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 0 },
});

export function StatusMessage({ status }: { status: Status }) {
  const styles = useStyles();
  if (status === null) return null;
  return (
    <MessageBar
      intent={status.intent}
      layout="multiline"
      role={status.intent === 'error' || status.intent === 'warning' ? 'alert' : 'status'}
    >
      <MessageBarBody className={styles.body}>{status.text}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * A view's status message that belongs to what it was said about: it clears when any of
 * `about` changes (the open meeting, the week shown), so a message about meeting A never
 * shows on meeting B. Compared during render, React's way to reset state on a prop change.
 */
export function useStatus(about: readonly unknown[]): [Status, Dispatch<SetStateAction<Status>>] {
  const [status, setStatus] = useState<Status>(null);
  const [shownFor, setShownFor] = useState(about);
  if (about.length !== shownFor.length || about.some((key, i) => !Object.is(key, shownFor[i]))) {
    setShownFor(about);
    if (status !== null) setStatus(null);
  }
  return [status, setStatus];
}
