/**
 * The name of the copy kept before Centaure first rewrites a workbook it did not
 * create: `Budget.xlsx` → `Budget.backup-20261122-143005.xlsx` (UTC, sortable); a
 * second copy within the same second gets `-2`, and so on.
 */
export function backupName(fileName: string, at: Date, attempt = 1): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const dot = fileName.toLowerCase().endsWith('.xlsx') ? fileName.length - 5 : fileName.length;
  const suffix = attempt > 1 ? `-${attempt}` : '';
  return `${fileName.slice(0, dot)}.backup-${stamp}${suffix}${fileName.slice(dot) || '.xlsx'}`;
}
