import { makeStyles, tokens } from '@fluentui/react-components';

/** A bordered group of fields with its legend inside, shared by the house-rules form's parts. */
export const useFieldsetStyles = makeStyles({
  box: {
    minWidth: 0,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Floated, the legend sits inside the box like a heading instead of breaking its border.
  legend: {
    float: 'left',
    width: '100%',
    padding: 0,
    marginBottom: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  // Fields side by side below the legend, wrapping on the side panel. Tops in line: a hint or a
  // refusal under one field must not push the others down.
  row: {
    clear: 'both',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
});
