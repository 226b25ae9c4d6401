import { makeStyles, tokens } from '@fluentui/react-components';

/** What the Team tab's manager and member parts share: their column, headings and button rows. */
export const useTeamStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  notice: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  link: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});
