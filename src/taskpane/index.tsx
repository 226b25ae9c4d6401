import { mountPane } from './mount';

// The production page: office.js (from Microsoft's CDN) is loaded first by taskpane.html.
Office.onReady(async () => {
  const container = document.getElementById('root');
  if (container === null) return;
  try {
    const { createOutlookServices } = await import(
      /* webpackChunkName: "outlook-services" */ './outlook-services'
    );
    const services = await createOutlookServices();
    // The bench reads this mark: services ready, React asked to render.
    performance.mark('centaure:render');
    await mountPane(container, services);
  } catch (error) {
    container.textContent = error instanceof Error ? error.message : String(error);
  }
});
