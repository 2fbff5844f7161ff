import type { Category } from '../data/schema';

/** An event's categories as small tags coloured like the category, labelled by name. */
export function CategoryTags({
  ids,
  byId,
  as: Tag = 'span',
}: {
  readonly ids: readonly string[];
  readonly byId: ReadonlyMap<string, Category>;
  /** 'li' inside a list, 'span' inside a button. */
  readonly as?: 'li' | 'span';
}) {
  return ids.map((id) => (
    <Tag key={id} className="tag" style={{ ['--c' as string]: byId.get(id)?.color ?? '#57534e' }}>
      {byId.get(id)?.label ?? id}
    </Tag>
  ));
}
