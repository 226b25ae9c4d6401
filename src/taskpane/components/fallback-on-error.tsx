import { Component, type ReactNode } from 'react';

/**
 * Shows `fallback` (nothing by default) in place of children that failed, typically a part
 * of the pane whose code could not be downloaded and that the pane works without (the "More"
 * menu). A view that failed has its own boundary, with a retry.
 */
export class FallbackOnError extends Component<
  { fallback?: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}
