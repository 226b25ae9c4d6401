import { makeStyles, tokens } from '@fluentui/react-components';

/** What the Tasks view's parts share: button rows, task cards and the role picker. */
export const useTasksStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  task: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  title: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    overflowWrap: 'anywhere',
  },
  // The longest role name is wider than a 320 px pane: the list takes the row and ellipsises.
  roleField: { flexBasis: '100%', minWidth: 0 },
  roleSelect: { width: '100%', minWidth: 0 },
  roleSelectInput: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});
