export function GenerateView() {
  return null;
}
