import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * Where a table's columns no longer fit (the meeting side panel is 320 px wide), the tab shows
 * the same rows as cards. Only one of the two is displayed at a time, so assistive technology
 * meets each row once. The tab runs in its own frame, so the window is the space it has.
 */
export const NARROW = '@media (max-width: 759px)';

export const useNarrowStyles = makeStyles({
  /** On a table: hidden where the cards are shown. */
  wideOnly: { [NARROW]: { display: 'none' } },
  /** The list of cards: hidden where the table is shown. */
  cards: {
    display: 'none',
    [NARROW]: { display: 'grid' },
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(260px, 100%), 1fr))',
    listStyleType: 'none',
    margin: `${tokens.spacingVerticalS} 0`,
    padding: 0,
  },
  card: {
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  cardTitle: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  cardLine: { margin: `${tokens.spacingVerticalXXS} 0`, color: tokens.colorNeutralForeground2 },
  /** A card's facts: term and value side by side. */
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
    '& dt': { color: tokens.colorNeutralForeground2 },
    '& dd': { margin: 0, minWidth: 0 },
  },
});
