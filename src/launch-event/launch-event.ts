import { suggestOnNewMeeting } from './suggest-on-new-meeting';

/**
 * The event-based runtime's single file: classic Outlook on Windows loads it as plain
 * JavaScript (no modules, no `Office.onReady`), the other clients through launch-event.html.
 */
function onNewAppointmentOrganizer(event: Office.AddinCommands.Event): void {
  suggestOnNewMeeting()
    .catch(() => undefined)
    .finally(() => event.completed());
}

Office.actions.associate('onNewAppointmentOrganizer', onNewAppointmentOrganizer);
