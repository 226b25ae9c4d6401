import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useState } from 'react';
import { GLOSSARY } from '../../core/glossary';
import { FallbackOnError } from '../components/fallback-on-error';
import { useI18n } from '../i18n/i18n';
import type { ViewEntry } from './views';

const useStyles = makeStyles({
  tabs: {
    flexShrink: 0,
    // One row, always: the daily tabs and "More" fit 320 px in French (small size).
    flexWrap: 'nowrap',
    overflowX: 'hidden',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
  },
});

// The "More" tab's value while no view of its menu is shown.
const MORE = 'more';

const MoreMenu = lazy(() => import('./more-menu'));

/**
 * The pane's tabs on one row: the daily views as tabs, the others in a "More" menu, as
 * Fluent's TabList overflow pattern does (a menu trigger among the tabs, reached with the
 * arrow keys like them; react.fluentui.dev, TabList "With Overflow"). A view of the menu, once
 * shown, names the "More" tab and marks it selected.
 */
export function TabBar({
  views,
  selected,
  onSelect,
}: {
  views: readonly ViewEntry[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const styles = useStyles();
  const { say } = useI18n();
  // The menu's code loads once the pane has shown (or at once if "More" is clicked first).
  const [menuWanted, setMenuWanted] = useState<'idle' | 'load' | 'open'>('idle');
  useEffect(() => {
    const timer = setTimeout(() => setMenuWanted((now) => (now === 'idle' ? 'load' : now)), 0);
    return () => clearTimeout(timer);
  }, []);
  const daily = views.filter((view) => view.daily);
  const others = views.filter((view) => !view.daily);
  const shownOther = others.find((view) => view.id === selected);
  const moreTabThat = (onClick: (() => void) | undefined, menuReady = false) => (
    <Tab
      value={shownOther?.id ?? MORE}
      id="tab-more"
      aria-haspopup="menu"
      onClick={onClick}
      // Tests wait for it before arrowing through the bar: the tab is remade when its menu comes.
      data-menu-ready={menuReady ? 'true' : undefined}
    >
      {shownOther ? say(shownOther.label) : say(GLOSSARY.more)} <span aria-hidden="true">▾</span>
    </Tab>
  );
  // Until the menu's code is there, a click asks for the menu open as soon as it is: a click
  // while the code downloads (a slow network) is not lost.
  const openWhenLoaded = () => setMenuWanted('open');
  const moreTab = moreTabThat(undefined);
  return (
    <TabList
      className={styles.tabs}
      size="small"
      selectedValue={selected}
      onTabSelect={(_event, data) => {
        const id = String(data.value);
        // The "More" tab opens its menu; it does not change the view.
        if (daily.some((view) => view.id === id)) onSelect(id);
      }}
    >
      {daily.map((view) => (
        <Tab key={view.id} value={view.id} id={`tab-${view.id}`}>
          {say(view.label)}
        </Tab>
      ))}
      {menuWanted === 'idle' ? (
        moreTabThat(openWhenLoaded)
      ) : (
        <FallbackOnError fallback={moreTab}>
          <Suspense fallback={moreTabThat(openWhenLoaded)}>
            <MoreMenu
              tab={moreTabThat(undefined, true)}
              views={others}
              selected={shownOther?.id}
              onSelect={onSelect}
              openAtOnce={menuWanted === 'open'}
            />
          </Suspense>
        </FallbackOnError>
      )}
    </TabList>
  );
}
