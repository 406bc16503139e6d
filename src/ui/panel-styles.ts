import { makeStyles, tokens } from '@fluentui/react-components';

/** The whole-plan panels' heading, list and item cards, so the pane's sections look alike. */
export const usePanelStyles = makeStyles({
  h2: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}`,
  },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  item: {
    padding: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: 'anywhere',
  },
});
