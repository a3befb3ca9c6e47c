// graphql ships as CommonJS and as ESM: Payload runs on the CommonJS copy, and the validation error must be of its
// class. This path is that copy under any resolver (Vite prefers the ESM build for a bare `graphql`); types are erased.
import { GraphQLError } from 'graphql/error/GraphQLError.js'
import { OperationTypeNode } from 'graphql/language/ast.js'
import { Kind } from 'graphql/language/kinds.js'
import type { ExecutionArgs, GraphQLNamedType, GraphQLType, SelectionSetNode, ValidationContext, ValidationRule, ValueNode } from 'graphql'
import { DEFAULT_PAGE_SIZE, MAX_DOCUMENTS_PER_QUERY, MAX_PAGE_SIZE } from './listLimits.ts'

const namedType = (type: GraphQLType): GraphQLNamedType => ('ofType' in type ? namedType(type.ofType) : type)

/**
 * A GraphQL request's documents in all: every field with a `limit` argument (collection lists, versions, joins) asks
 * for that many per parent, so aliases add up and nested lists multiply. Each `limit` stays within `MAX_PAGE_SIZE`,
 * paging cannot be turned off, and the whole request within `MAX_DOCUMENTS_PER_QUERY`.
 */
export const limitGraphQLCost =
  ({ variableValues }: ExecutionArgs): ValidationRule =>
  (context: ValidationContext) => {
    const valueOf = (node: ValueNode | undefined): unknown => {
      if (!node) return undefined
      if (node.kind === Kind.VARIABLE) return variableValues?.[node.name.value]
      if (node.kind === Kind.INT) return Number(node.value)
      if (node.kind === Kind.BOOLEAN) return node.value
      return Number.NaN
    }

    const cost = (selectionSet: SelectionSetNode | undefined, type: GraphQLNamedType, perParent: number, seen: Set<string>): number => {
      if (!selectionSet) return 0
      let total = 0
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : type
          total += cost(selection.selectionSet, condition ?? type, perParent, seen)
        } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = context.getFragment(selection.name.value)
          if (!fragment || seen.has(fragment.name.value)) continue
          const condition = context.getSchema().getType(fragment.typeCondition.name.value) ?? type
          total += cost(fragment.selectionSet, condition, perParent, new Set([...seen, fragment.name.value]))
        } else if ('getFields' in type) {
          const field = type.getFields()[selection.name.value]
          if (!field) continue
          let each = perParent
          if ('args' in field && field.args.some((arg) => arg.name === 'limit')) {
            const argument = (name: string) => valueOf(selection.arguments?.find((arg) => arg.name.value === name)?.value)
            const limit = argument('limit') ?? DEFAULT_PAGE_SIZE
            if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE || argument('pagination') === false) {
              context.reportError(new GraphQLError(`${selection.name.value}: limit must be a whole number from 1 to ${MAX_PAGE_SIZE}, and paging cannot be turned off.`, { nodes: selection }))
              return Number.POSITIVE_INFINITY
            }
            each = perParent * limit
            total += each
          }
          total += cost(selection.selectionSet, namedType(field.type), each, seen)
        }
      }
      return total
    }

    return {
      OperationDefinition(operation) {
        const root = operation.operation === OperationTypeNode.MUTATION ? context.getSchema().getMutationType() : context.getSchema().getQueryType()
        if (!root) return
        const total = cost(operation.selectionSet, root, 1, new Set())
        if (Number.isFinite(total) && total > MAX_DOCUMENTS_PER_QUERY) {
          context.reportError(
            new GraphQLError(`This request asks for up to ${total} documents; at most ${MAX_DOCUMENTS_PER_QUERY} are allowed. Ask for fewer lists, smaller pages or fewer nested lists.`, {
              nodes: operation,
            }),
          )
        }
      },
    }
  }
