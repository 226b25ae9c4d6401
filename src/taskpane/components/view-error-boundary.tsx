import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { LocalizedMessage } from '../../core/errors';
import { GLOSSARY } from '../../core/glossary';
import { isCodeLoadFailure } from '../../usecases/error-message';
import { useI18n } from '../i18n/i18n';

const NOT_LOADED: LocalizedMessage = {
  fr: 'Cette partie de Centaure n’a pas pu être chargée. Vérifiez la connexion, puis réessayez.',
  en: 'This part of Centaure could not be loaded. Check the connection, then try again.',
};
const STOPPED: LocalizedMessage = {
  fr: 'Cette partie de Centaure s’est arrêtée. Réessayez ; si cela recommence, rouvrez le volet.',
  en: 'This part of Centaure stopped. Try again; if it happens again, reopen the pane.',
};

const useStyles = makeStyles({ retry: { marginTop: tokens.spacingVerticalS } });

/** What the user reads in place of the view, in their language: never the error's own text. */
function ViewFailed({ codeMissing, onRetry }: { codeMissing: boolean; onRetry: () => void }) {
  const { say } = useI18n();
  const styles = useStyles();
  return (
    // The button under the message, not in MessageBarActions: the boundary ships in the first
    // load, and the actions slot would add its code for one button.
    <div data-testid="view-failed">
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>{say(codeMissing ? NOT_LOADED : STOPPED)}</MessageBarBody>
      </MessageBar>
      <Button appearance="primary" onClick={onRetry} className={styles.retry}>
        {say(GLOSSARY.tryAgain)}
      </Button>
    </div>
  );
}

interface Props {
  children: ReactNode;
  /**
   * Starts the view again: the caller makes a new lazy component, as React keeps the failed
   * import of the old one for good (webpack requests a chunk that failed again), and remounts
   * this boundary (a new `key`).
   */
  onRetry: () => void;
}

/**
 * Keeps a failing view to its own tab: its code not downloaded (network dropped, or a new
 * deployment removed the old chunk) or its render throwing. The tab bar and the other views
 * stay; the user reads a plain message and can try again.
 */
export class ViewErrorBoundary extends Component<Props, { failure: unknown }> {
  override state: { failure: unknown } = { failure: null };

  static getDerivedStateFromError(failure: unknown): { failure: unknown } {
    return { failure: failure ?? new Error('view failed') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For whoever opens the browser's tools; the user reads the message above.
    console.error('Centaure view failed', error, info.componentStack);
  }

  override render() {
    if (this.state.failure === null) return this.props.children;
    return (
      <ViewFailed
        codeMissing={isCodeLoadFailure(this.state.failure)}
        onRetry={this.props.onRetry}
      />
    );
  }
}
