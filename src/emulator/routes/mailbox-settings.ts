import type { EmulatorRequest } from '../http-types';
import { jsonResponse, odataContext } from '../responses';
import type { RouteHost } from '../route-host';

function mailboxSettings(host: RouteHost, request: EmulatorRequest) {
  const timeZone = host.mailbox.timeZone;
  return jsonResponse(200, {
    '@odata.context': odataContext(request, `users('${host.mailbox.owner.id}')/mailboxSettings`),
    archiveFolder: 'AAMkADNlbXUAuAAAAAAAEMAAA=',
    timeZone,
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
    dateFormat: 'dd/MM/yyyy',
    timeFormat: 'HH:mm',
    userPurpose: { value: 'user' },
    automaticRepliesSetting: {
      status: 'disabled',
      externalAudience: 'all',
      internalReplyMessage: '',
      externalReplyMessage: '',
      scheduledStartDateTime: { dateTime: '2026-01-01T08:00:00.0000000', timeZone: 'UTC' },
      scheduledEndDateTime: { dateTime: '2026-01-02T08:00:00.0000000', timeZone: 'UTC' },
    },
    language: { locale: 'fr-FR', displayName: 'français (France)' },
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '09:00:00.0000000',
      endTime: '18:00:00.0000000',
      timeZone: { name: timeZone },
    },
  });
}

export function registerMailboxSettingsRoutes(host: RouteHost): void {
  host.addRoute('GET', '/v1.0/me/mailboxSettings', (request) => mailboxSettings(host, request));
  host.addRoute('GET', '/v1.0/me/mailboxSettings/timeZone', (request) =>
    jsonResponse(200, {
      '@odata.context': odataContext(
        request,
        `users('${host.mailbox.owner.id}')/mailboxSettings/timeZone`,
      ),
      value: host.mailbox.timeZone,
    }),
  );
}
