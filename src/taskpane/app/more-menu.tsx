import {
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  type TabProps,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useI18n } from '../i18n/i18n';
import type { ViewEntry } from './views';

/**
 * The "More" tab's menu: the views that are not daily, the one shown checked. Loaded after
 * the pane's first render (Fluent's menu and its positioning weigh ~25 KB gzipped, a seventh
 * of the first load); until then the tab bar shows the same tab without its menu.
 */
export default function MoreMenu({
  tab,
  views,
  selected,
  onSelect,
  openAtOnce,
}: {
  /** The "More" tab, which opens the menu (a tab, so the arrow keys reach it with the others). */
  tab: ReactElement<TabProps>;
  views: readonly ViewEntry[];
  selected: string | undefined;
  onSelect: (id: string) => void;
  /** The user clicked the tab before the menu was loaded: open it now. */
  openAtOnce: boolean;
}) {
  const { say } = useI18n();
  return (
    <Menu
      defaultOpen={openAtOnce}
      checkedValues={{ view: selected === undefined ? [] : [selected] }}
      onCheckedValueChange={(_event, data) => {
        if (data.checkedItems[0] !== undefined) onSelect(data.checkedItems[0]);
      }}
    >
      <MenuTrigger disableButtonEnhancement>{tab}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {views.map((view) => (
            <MenuItemRadio key={view.id} name="view" value={view.id}>
              {say(view.label)}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
