import Foundation
import Testing

@testable import ImpactExport

/// Every document of the hand-made fixture, in every format, against the reviewed copies in
/// `Golden/`. After a deliberate change to a template or the wording, review the difference
/// and refresh them with `IMPACT_UPDATE_GOLDEN=1 swift test --filter Golden`.
@Test func everyDocumentMatchesItsReviewedGoldenCopy() throws {
  let folder = repositoryRoot + "/Tests/ImpactExportTests/Text/Golden"
  let update = ProcessInfo.processInfo.environment["IMPACT_UPDATE_GOLDEN"] == "1"
  let documents = try TextFixture.exporter.render(
    audiences: Set(Audience.allCases), formats: Set(TextFormat.allCases), funder: nil,
    wordLimit: nil)
  if update {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }
  for document in documents {
    let path = folder + "/" + document.fileName
    if update { try document.text.write(toFile: path, atomically: true, encoding: .utf8) }
    let golden = try? String(contentsOfFile: path, encoding: .utf8)
    #expect(document.text == golden, "\(document.fileName) differs from its golden copy")
  }
}
