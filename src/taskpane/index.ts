import { DateTime } from 'luxon';
import { formatIsoWeek, weekContaining } from '../core/week';

// Placeholder until the taskpane issue: shows which week the pane would work on.
function render(root: HTMLElement): void {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const heading = document.createElement('h1');
  heading.textContent = 'Centaure';
  const week = document.createElement('p');
  week.textContent = `Semaine ${formatIsoWeek(weekContaining(DateTime.now(), zone))} (${zone})`;
  root.replaceChildren(heading, week);
}

const root = document.getElementById('root');
if (root !== null) render(root);
