import { IndexedDbLearnedHistoryCache } from '../storage/learned-history-cache';
import { warmUpSuggestions } from '../usecases/tag-meeting';
import { createOutlookServices } from './outlook-services';
import { learnedHistoryReadAhead, meetingReadAhead } from './read-ahead';
import type { TaskpaneServices } from './services';

// The production page: office.js (from Microsoft's CDN) is loaded first by taskpane.html, which
// also preloads the pane's code (the renderer, Fluent, the views): it downloads while office.js
// starts. It runs once the meeting's reads are asked, while Outlook answers them: run earlier,
// it held up the scripts office.js loads to get ready (a trace showed office.js ready ~90 ms
// later), and with it the reads.
const loadPane = () => import(/* webpackChunkName: "pane" */ './mount');

// What this device learned for the suggestions, asked as the page starts: opening IndexedDB
// cold took ~280 ms in the bench's trace and, asked once Outlook was ready, answered after the
// meeting and held the Tag view back. It needs nothing from Outlook.
const learnedHistory = learnedHistoryReadAhead(new IndexedDbLearnedHistoryCache());

Office.onReady(async () => {
  const container = document.getElementById('root');
  if (container === null) return;
  try {
    const outlook = await createOutlookServices({ learnedHistory });
    const services: TaskpaneServices = { ...outlook, meeting: meetingReadAhead(outlook.meeting) };
    warmUpSuggestions(services);
    const { mountPane } = await loadPane();
    // The bench reads this mark: services ready, React asked to render.
    performance.mark('centaure:render');
    await mountPane(container, services);
  } catch (error) {
    container.textContent = error instanceof Error ? error.message : String(error);
  }
});
