export function WeekView() {
  return null;
}
