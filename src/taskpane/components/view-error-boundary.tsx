import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isCodeLoadFailure } from '../../usecases/error-message';
import { useStrings, type Localized } from '../i18n/i18n';

const STRINGS: Localized<{ notLoaded: string; stopped: string; retry: string }> = {
  fr: {
    notLoaded:
      'Cette partie de Centaure n’a pas pu être chargée. Vérifiez la connexion, puis réessayez.',
    stopped:
      'Cette partie de Centaure s’est arrêtée. Réessayez ; si cela recommence, rouvrez le volet.',
    retry: 'Réessayer',
  },
  en: {
    notLoaded: 'This part of Centaure could not be loaded. Check the connection, then try again.',
    stopped: 'This part of Centaure stopped. Try again; if it happens again, reopen the pane.',
    retry: 'Try again',
  },
};

/** What the user reads in place of the view, in their language: never the error's own text. */
function ViewFailed({ codeMissing, onRetry }: { codeMissing: boolean; onRetry: () => void }) {
  const s = useStrings(STRINGS);
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>{codeMissing ? s.notLoaded : s.stopped}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{s.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

interface Props {
  children: ReactNode;
  /**
   * Starts the view again: the caller makes a new lazy component, as React keeps the failed
   * import of the old one for good, and remounts this boundary (a new `key`).
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
