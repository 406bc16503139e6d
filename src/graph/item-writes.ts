/**
 * Writing one list item: a create, or an update that carries If-Match with the item's ETag. A 412
 * becomes a ConflictError carrying the other person's version, never a silent overwrite.
 */
import { ConflictError, StoreError } from '../plans/store';
import { GraphRequestError, explainFailure, toStoreError } from './client';
import type { ListKey } from './lists';
import type { Fields } from './schema/field';
import { forCreate, type ListItem, type ListSchema } from './schema/list';
import type { SiteLists } from './query';

export async function createItem(
  lists: SiteLists,
  list: ListKey,
  fields: Fields,
  what: string,
): Promise<ListItem> {
  try {
    return await lists.client.post<ListItem>(lists.items(list), { fields: forCreate(fields) });
  } catch (e) {
    throw toStoreError(e, what);
  }
}

/**
 * PATCH .../items/{id}/fields with If-Match. On 412 reads their version and throws
 * ConflictError with it.
 */
export async function updateItem<T>(
  lists: SiteLists,
  list: ListKey,
  id: string,
  etag: string | undefined,
  fields: Fields,
  map: (i: ListItem) => T,
  what: string,
): Promise<T> {
  if (!etag) {
    throw new StoreError(
      `${what.charAt(0).toUpperCase()}${what.slice(1)} has no version to check against. Reload it, then make the change again.`,
      428,
      'preconditionRequired',
    );
  }
  try {
    const f = await lists.client.patch<Fields>(lists.fieldsOf(list, id), fields, {
      'If-Match': etag,
    });
    return map({ id, eTag: f['@odata.etag'] as string, fields: f });
  } catch (e) {
    if (e instanceof GraphRequestError && e.status === 412) {
      let theirs: T | undefined;
      try {
        theirs = map(await lists.client.get<ListItem>(lists.item(list, id)));
      } catch {
        theirs = undefined;
      }
      throw new ConflictError<T>(explainFailure(412, what), theirs);
    }
    throw toStoreError(e, what);
  }
}

/** Creates the item when it has no id yet, else updates it with If-Match. */
export async function saveItem<M extends { id?: string; etag?: string }>(
  lists: SiteLists,
  schema: ListSchema<ListKey, M>,
  model: M,
  what: string,
): Promise<M> {
  const fields = schema.toFields(model);
  if (!model.id) return schema.fromItem(await createItem(lists, schema.key, fields, what));
  return updateItem(lists, schema.key, model.id, model.etag, fields, schema.fromItem, what);
}
