/**
 * Type-level reading of openapi-typescript's `operations`: the item an operation answers, and
 * the value type of a (dotted) field in it. No run-time code.
 */

/** Marks a field the response schema does not describe. */
interface Missing {
  readonly "sailkit:missing": true;
}

/** The value type of a field the response schema does not describe. */
export type AnyFilterValue = string | number | boolean | Date;

/** The JSON body of an operation's 200 answer, or its element type when it is an array. */
export type ResponseItem<Ops, Id> = Id extends keyof Ops
  ? Ops[Id] extends { responses: { 200: { content: { "application/json": infer Body } } } }
    ? Body extends readonly (infer Item)[]
      ? Item
      : Body
    : unknown
  : unknown;

type Step<T, Name extends string> = [T] extends [Missing]
  ? Missing
  : NonNullable<T> extends readonly (infer Element)[]
    ? Step<Element, Name>
    : Name extends keyof NonNullable<T>
      ? NonNullable<T>[Name]
      : Missing;

/** The type at a dotted path, stepping through arrays; `Missing` when there is none. */
type PropertyAt<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? PropertyAt<Step<T, Head>, Rest>
  : Step<T, Path>;

type Scalar<P> =
  NonNullable<P> extends readonly (infer Element)[]
    ? Extract<Element, string | number | boolean>
    : Extract<P, string | number | boolean>;

/**
 * What a condition on a field accepts: the property's own type where the schema has a scalar
 * one (an array's element type for arrays; a plain `string` also takes a `Date`, because
 * openapi-typescript types date-times as `string`), and `AnyFilterValue` otherwise.
 */
export type FieldValue<Item, Field extends string> =
  PropertyAt<Item, Field> extends infer P
    ? [P] extends [Missing]
      ? AnyFilterValue
      : [Scalar<P>] extends [never]
        ? AnyFilterValue
        : string extends Scalar<P>
          ? Scalar<P> | Date
          : Scalar<P>
    : never;
