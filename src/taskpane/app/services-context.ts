import { createContext, useContext } from 'react';
import type { TaskpaneServices } from '../services';

export const ServicesContext = createContext<TaskpaneServices | null>(null);

/** The services the pane was started with (Outlook or the demo). */
export function useServices(): TaskpaneServices {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('useServices outside <App>');
  return services;
}
