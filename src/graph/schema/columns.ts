/**
 * Graph columnDefinitions as provisioning sends them. Each kind keeps the exact body it has always
 * sent (some with `indexed: false`, some without), so a tenant provisioned before sees the same
 * requests and `provision` stays a no-op there.
 */

/** A Graph columnDefinition, as sent when creating the column. */
export interface ColumnSpec {
  name: string;
  displayName: string;
  description?: string;
  indexed?: boolean;
  text?: {
    allowMultipleLines?: boolean;
    maxLength?: number;
    linesForEditing?: number;
    textType?: 'plain';
  };
  number?: { decimalPlaces?: 'automatic' | 'none' | 'one' | 'two'; minimum?: number };
  dateTime?: { format: 'dateOnly' | 'dateTime'; displayAs?: 'standard' };
  choice?: { choices: string[]; allowTextEntry?: boolean; displayAs?: 'dropDownMenu' };
  boolean?: Record<string, never>;
}

/** Every column a $filter or $orderby names must be indexed (SharePoint refuses the query on a
 * large list otherwise). */
export interface ColumnOptions {
  indexed?: boolean;
}

/** A column that may be indexed: `indexed` is always sent, as it always has been. */
const indexable = (
  name: string,
  displayName: string,
  { indexed = false }: ColumnOptions,
  facet: Omit<ColumnSpec, 'name' | 'displayName' | 'indexed'>,
): ColumnSpec => ({ name, displayName, indexed, ...facet });

export const textColumn = (name: string, displayName: string, opts: ColumnOptions = {}) =>
  indexable(name, displayName, opts, { text: { allowMultipleLines: false, maxLength: 255 } });

/** Multi-line plain text: SharePoint cannot index it, so it takes no options. */
export const noteColumn = (name: string, displayName: string): ColumnSpec => ({
  name,
  displayName,
  text: { allowMultipleLines: true, linesForEditing: 6, textType: 'plain' },
});

export const dateColumn = (name: string, displayName: string, opts: ColumnOptions = {}) =>
  indexable(name, displayName, opts, { dateTime: { format: 'dateOnly', displayAs: 'standard' } });

export const dateTimeColumn = (name: string, displayName: string, opts: ColumnOptions = {}) =>
  indexable(name, displayName, opts, { dateTime: { format: 'dateTime', displayAs: 'standard' } });

export const numberColumn = (name: string, displayName: string): ColumnSpec => ({
  name,
  displayName,
  number: { decimalPlaces: 'automatic' },
});

export const choiceColumn = (
  name: string,
  displayName: string,
  choices: readonly string[],
  opts: ColumnOptions = {},
) =>
  indexable(name, displayName, opts, {
    choice: { choices: [...choices], allowTextEntry: false, displayAs: 'dropDownMenu' },
  });
