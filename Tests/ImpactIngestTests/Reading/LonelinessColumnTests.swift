import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// The loneliness columns, headed by the ONS questions and answered in words as people type
/// them.
@Test func lonelinessColumnsByTheirQuestionsAndAnswerWords() throws {
  let csv = """
    date,participant_id,stage,How often do you feel lonely?,How often do you feel that you lack companionship?,How often do you feel left out?,How often do you feel isolated from others?
    01/07/2025,P1,pre,Often/always,Often,Some of the time,Hardly ever or never
    02/07/2025,P2,pre,some of the time,1,2,3
    03/07/2025,P3,post,Never,2,,
    04/07/2025,P4,post,sometimes,3,4,3
    05/07/2025,P5,post,Hardly ever,,,

    """
  let dataset = try TemporaryFolder(["feedback.csv": csv]).read()
  let table = dataset.feedback
  #expect(table.loneliness == [.oftenAlways, .someOfTheTime, .never, nil, .hardlyEver])
  // Often 3 + Some of the time 2 + Hardly ever or never 1 = 6; 1 + 2 + 3 = 6; P3 answers one of
  // three items (no score, one warning on `ucla`); P4's 4 is out of range (its own warning).
  #expect(table.uclaRaw == [6, 6, nil, nil, nil])
  #expect(table.measuresPresent.isSuperset(of: [.loneliness, .ucla]))
  let found = dataset.issues.map { "\($0.line) \($0.severity.rawValue) \($0.column)" }
  #expect(found == ["4 warning ucla", "5 warning loneliness", "5 warning ucla_2"])
  let unreadable = try #require(dataset.issues.first { $0.column == Column.loneliness.name })
  #expect(unreadable.value == "sometimes")
}
