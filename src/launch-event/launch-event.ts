import './es2016-polyfills';
import { suggestOnNewMeeting } from './suggest-on-new-meeting';

/**
 * The event-based runtime's single file: classic Outlook on Windows loads it as plain
 * JavaScript (no modules, no `Office.onReady`), the other clients through launch-event.html.
 */
function onNewAppointmentOrganizer(event: Office.AddinCommands.Event): void {
  const done = () => event.completed();
  // Not `finally`: ECMAScript 2018, which classic Outlook's runtime lacks.
  suggestOnNewMeeting().then(done, done);
}

/**
 * Mailbox 1.11: the organizer added or removed attendees. The form usually has its subject by
 * then, so this is when the suggestion has something to go on (the first one, on the empty
 * form, shows nothing).
 */
function onAppointmentAttendeesChanged(event: Office.AddinCommands.Event): void {
  const done = () => event.completed();
  suggestOnNewMeeting().then(done, done);
}

Office.actions.associate('onNewAppointmentOrganizer', onNewAppointmentOrganizer);
Office.actions.associate('onAppointmentAttendeesChanged', onAppointmentAttendeesChanged);
