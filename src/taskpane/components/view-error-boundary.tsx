import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { GLOSSARY } from '../../core/glossary';
import type { LocalizedMessage } from '../../core/errors';
import { useI18n } from '../i18n/i18n';

const FAILED: LocalizedMessage = {
  fr: 'Cette partie de Centaure n’a pas pu s’afficher. Vérifiez votre connexion, puis réessayez.',
  en: 'This part of Centaure could not be shown. Check your connection, then try again.',
};

interface Props {
  /** Switching to another view forgets the failure: that view may load. */
  readonly resetKey: string;
  /**
   * Brings the view back: re-creates its lazy import. React keeps a failed `lazy()` failed
   * forever, and webpack forgets a chunk whose script failed, so a new `import()` loads it again.
   */
  readonly onRetry: () => void;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

/**
 * A view that fails to load (its code did not download: network drop, a new deployment while
 * the pane is open) or to render shows a plain message and "Try again" in its place; the tab
 * bar stays, the rest of the pane keeps working. Never the error's own text: it carries the
 * chunk's URL.
 */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) {
      this.setState({ failed: false });
    }
  }

  private readonly retry = () => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <ViewFailed onRetry={this.retry} />;
  }
}

const useStyles = makeStyles({ retry: { marginTop: tokens.spacingVerticalS } });

function ViewFailed({ onRetry }: { onRetry: () => void }) {
  const { say } = useI18n();
  const styles = useStyles();
  return (
    // The button under the message, not in MessageBarActions: the boundary ships in the first
    // load, and the actions slot would add its code for one button.
    <div data-testid="view-failed">
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{say(FAILED)}</MessageBarBody>
      </MessageBar>
      <Button appearance="primary" onClick={onRetry} className={styles.retry}>
        {say(GLOSSARY.tryAgain)}
      </Button>
    </div>
  );
}
