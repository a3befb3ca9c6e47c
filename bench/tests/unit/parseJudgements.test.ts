import { describe, expect, it } from 'vitest'
import { parseJudgements } from '../../src/eval/parseJudgements.ts'

describe('parseJudgements', () => {
  it('reads queries, grades and the optional class, skipping the header, comments and empty lines', () => {
    const queries = parseJudgements('query\trelevant\tclass\n# exact titles\nWohngeld\t12:3, 7:1\ttitle\n\nUrlaub\t4:2\n')
    expect(queries).toEqual([
      { query: 'Wohngeld', grades: new Map([['12', 3], ['7', 1]]), queryClass: 'title', line: 3 },
      { query: 'Urlaub', grades: new Map([['4', 2]]), queryClass: '-', line: 5 },
    ])
  })

  it('keeps commas and colons inside ids (titles) and splits only after a grade', () => {
    const [query] = parseJudgements('Auskunft Polizei\tArbeitshilfe: Auskunftsersuchen von Polizei, Gerichten und Behörden:3,Formular: X:0')
    expect([...query.grades]).toEqual([['Arbeitshilfe: Auskunftsersuchen von Polizei, Gerichten und Behörden', 3], ['Formular: X', 0]])
  })

  it('reports every malformed line with its number', () => {
    const text = ['query\trelevant', 'no tab here', 'Urlaub\t4', 'Reise\t4:7', 'Gleitzeit\t4:0', 'Urlaub\t5:1', 'Frist\t4:1,4:2', '\t4:1'].join('\n')
    expect(() => parseJudgements(text)).toThrow(
      [
        'malformed judged query file:',
        'line 2: expected "query<TAB>id:grade,…[<TAB>class]", got 1 column(s)',
        'line 3: "4" is not "id:grade" with a grade from 0 to 3',
        'line 4: "4:7" is not "id:grade" with a grade from 0 to 3',
        'line 5: "Gleitzeit" has no id with a grade of 1 or more, so nothing can be found',
        'line 7: "4" is judged twice',
        'line 8: the query is empty',
      ].join('\n'),
    )
  })

  it('refuses a query judged twice', () => {
    expect(() => parseJudgements('Urlaub\t4:1\nurlaub\t5:1')).toThrow('line 2: "urlaub" is judged twice (first on line 1)')
  })
})
