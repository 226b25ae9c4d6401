import { fixture, shapeMismatches } from './support/documented-shape';
import { graphFetch } from './support/graph-fetch';
import { useEmulator } from './support/use-emulator';

const emulator = useEmulator();

function addMeeting(): string {
  return emulator().mailbox.addEvent({
    subject: 'Revue campagne Noël',
    start: { dateTime: '2026-11-17T10:00:00', timeZone: 'Romance Standard Time' },
    end: { dateTime: '2026-11-17T11:30:00', timeZone: 'Romance Standard Time' },
    location: 'Salle Vercors',
    body: 'Ordre du jour : budget, planning.',
    attendees: [{ name: 'Léa Dubois', address: 'lea.dubois@contoso.fr' }],
  });
}

const WEEK_VIEW =
  '/v1.0/me/calendarView?startDateTime=2026-11-16T00:00:00%2B01:00&endDateTime=2026-11-23T00:00:00%2B01:00';

describe('answers have the fields of the examples in Microsoft Graph documentation', () => {
  it('calendarView: every property of an event', async () => {
    addMeeting();
    const reply = await graphFetch(emulator(), WEEK_VIEW);
    expect(reply.status).toBe(200);
    expect(shapeMismatches(reply.body, fixture('calendar-view.json'))).toEqual([]);
  });

  it('get event with $select and Prefer: outlook.timezone: those fields and no others', async () => {
    const id = addMeeting();
    const select = 'subject,body,bodyPreview,organizer,attendees,start,end,location,hideAttendees';
    const reply = await graphFetch(
      emulator(),
      `/v1.0/me/events/${encodeURIComponent(id)}?$select=${select}`,
      {
        headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' },
      },
    );
    const documented = fixture('event.json') as Record<string, unknown>;
    expect(shapeMismatches(reply.body, documented)).toEqual([]);
    expect(Object.keys(reply.body as object).sort()).toEqual(Object.keys(documented).sort());
    expect(reply.headers.get('preference-applied')).toBe(
      'outlook.timezone="Pacific Standard Time"',
    );
    expect((reply.body as { start: unknown }).start).toEqual({
      dateTime: '2026-11-17T01:00:00.0000000', // 10:00 in Paris (UTC+1) is 01:00 in Seattle (UTC-8)
      timeZone: 'Pacific Standard Time',
    });
  });

  it('masterCategories', async () => {
    const reply = await graphFetch(emulator(), '/v1.0/me/outlook/masterCategories');
    expect(shapeMismatches(reply.body, fixture('master-categories.json'))).toEqual([]);
  });

  it('mailboxSettings', async () => {
    const reply = await graphFetch(emulator(), '/v1.0/me/mailboxSettings');
    expect(shapeMismatches(reply.body, fixture('mailbox-settings.json'))).toEqual([]);
  });

  it('$batch: a success and an error side by side', async () => {
    emulator().faults.add({
      path: '/me/events/forbidden',
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
    const reply = await graphFetch(emulator(), '/v1.0/$batch', {
      method: 'POST',
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/me/outlook/masterCategories' },
          { id: '3', method: 'GET', url: '/me/events/forbidden' },
        ],
      },
    });
    const documented = fixture('batch-response.json') as { responses: unknown[] };
    const responses = (reply.body as { responses: { id: string }[] }).responses;
    expect(
      shapeMismatches(
        responses.find((r) => r.id === '1'),
        documented.responses[0],
      ),
    ).toEqual([]);
    expect(
      shapeMismatches(
        responses.find((r) => r.id === '3'),
        documented.responses[1],
      ),
    ).toEqual([]);
  });

  it('driveItem: the root folder and a file', async () => {
    emulator().drive.putFile('/Book.xlsx', Buffer.from('not really a workbook'));
    const root = await graphFetch(emulator(), '/v1.0/me/drive/root');
    expect(shapeMismatches(root.body, fixture('drive-root.json'))).toEqual([]);
    const file = await graphFetch(emulator(), '/v1.0/me/drive/root:/Book.xlsx:');
    expect(shapeMismatches(file.body, fixture('drive-file.json'))).toEqual([]);
  });

  it('upload session and a fragment accepted', async () => {
    const session = await graphFetch(
      emulator(),
      '/v1.0/me/drive/root:/Uploads/big.bin:/createUploadSession',
      {
        method: 'POST',
        body: { item: { '@microsoft.graph.conflictBehavior': 'replace' } },
      },
    );
    expect(shapeMismatches(session.body, fixture('upload-session.json'))).toEqual([]);
    const uploadUrl = (session.body as { uploadUrl: string }).uploadUrl;
    const fragment = await graphFetch(emulator(), uploadUrl, {
      method: 'PUT',
      token: null,
      headers: { 'Content-Range': `bytes 0-327679/327690` },
      body: Buffer.alloc(327680, 1),
    });
    expect(fragment.status).toBe(202);
    expect(shapeMismatches(fragment.body, fixture('upload-fragment-accepted.json'))).toEqual([]);
  });

  it('error bodies, and a throttled answer with Retry-After', async () => {
    const missing = await graphFetch(emulator(), '/v1.0/me/drive/root:/nowhere.xlsx:');
    expect(missing.status).toBe(404);
    expect(shapeMismatches(missing.body, fixture('error.json'))).toEqual([]);
    emulator().faults.add({
      path: '/me/mailboxSettings',
      status: 429,
      retryAfterSeconds: 2,
      times: 1,
    });
    const throttled = await graphFetch(emulator(), '/v1.0/me/mailboxSettings');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('2');
    expect(shapeMismatches(throttled.body, fixture('throttled-error.json'))).toEqual([]);
    expect((throttled.body as { error: { code: string } }).error.code).toBe('TooManyRequests');
  });
});
