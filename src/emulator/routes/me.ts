import { jsonResponse, odataContext } from '../responses';
import type { RouteHost } from '../route-host';

export function registerMeRoutes(host: RouteHost): void {
  host.addRoute('GET', '/v1.0/me', (request) => {
    const { owner } = host.mailbox;
    return jsonResponse(200, {
      '@odata.context': odataContext(request, 'users/$entity'),
      businessPhones: [],
      displayName: owner.displayName,
      givenName: owner.displayName.split(' ')[0] ?? '',
      jobTitle: 'Directrice marketing',
      mail: owner.mail,
      mobilePhone: null,
      officeLocation: 'Paris',
      preferredLanguage: 'fr-FR',
      surname: owner.displayName.split(' ').slice(1).join(' '),
      userPrincipalName: owner.mail,
      id: owner.id,
    });
  });
}
