import ImpactModel
import Testing

@Test func parallelMapKeepsTheElementsOrder() {
  // 0² + 1² + … + 199² = 199 × 200 × 399 / 6 = 2,646,700.
  let squares = ParallelMap.map(Array(0..<200)) { $0 * $0 }
  #expect(squares.count == 200)
  #expect(squares[0] == 0 && squares[13] == 169 && squares[199] == 39_601)
  #expect(squares.reduce(0, +) == 2_646_700)
}

@Test func parallelMapOfOneOrNoElementsIsAPlainMap() {
  #expect(ParallelMap.map([7]) { "\($0)" } == ["7"])
  #expect(ParallelMap.map([Int]()) { $0 + 1 }.isEmpty)
}
