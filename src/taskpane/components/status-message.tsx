import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** What the last action did: announced politely on success, at once on failure. */
export type Status = { intent: 'success' | 'warning' | 'error'; text: string } | null;

export function StatusMessage({ status }: { status: Status }) {
  if (status === null) return null;
  return (
    <MessageBar intent={status.intent} role={status.intent === 'success' ? 'status' : 'alert'}>
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}
