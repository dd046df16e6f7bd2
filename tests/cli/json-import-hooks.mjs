// Node module hooks: @actions/workflow-parser imports its JSON schemas without the
// `with { type: 'json' }` attribute that Node requires (it is written for bundlers).
export async function load(url, context, nextLoad) {
  if (url.endsWith('.json') && url.includes('/@actions/')) {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } })
  }
  return nextLoad(url, context)
}
