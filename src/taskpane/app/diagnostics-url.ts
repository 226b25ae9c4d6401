/** `?diagnostics` on the pane's URL: the self-test IT asks a user to open. */
export function diagnosticsAsked(): boolean {
  return typeof location !== 'undefined' && new URLSearchParams(location.search).has('diagnostics');
}
