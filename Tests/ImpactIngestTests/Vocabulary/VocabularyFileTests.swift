import Foundation
import ImpactModel
import Testing

@testable import ImpactIngest

/// The vocabulary files ship inside the binary, and say what they should.
@Suite struct VocabularyFileTests {
  static let folder =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
    + "/Sources/ImpactIngest/Vocabulary/Files"

  @Test func theEmbeddedFilesAreTheFilesOfTheVocabularyFolder() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder)
      .filter { $0.hasSuffix(".txt") }.sorted()
    #expect(names == ["columns.txt", "layouts.txt", "values.txt"])
    #expect(names == BuiltInVocabulary.files.keys.sorted(), "run make templates")
    for name in names {
      let text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
      #expect(BuiltInVocabulary.files[name] == text, "\(name) differs: run make templates")
    }
  }

  @Test func parsesSectionsEntriesAndComments() {
    let file = VocabularyFile(
      parsing: "# a comment\n\n[one]\na: x | y z |  w \n[two]\nb: q\nb: r\n", name: "test.txt")
    #expect(file.sections.map(\.name) == ["one", "two"])
    #expect(
      file.section("one").entries == [VocabularyFile.Entry(key: "a", items: ["x", "y z", "w"])])
    #expect(file.section("two").items("b") == ["q", "r"])
    #expect(file.section("three").entries.isEmpty)
  }

  @Test func everyKindHasItsColumnsInTemplateOrder() {
    #expect(
      CanonicalColumns.header(for: .attendance) == [
        "date", "programme", "participant_id", "headcount", "session_id", "activity", "venue",
        "setting", "art_form", "delivery", "start_time", "duration_hours", "duration_minutes",
        "status", "capacity",
      ])
    #expect(CanonicalColumns.header(for: .funding).first == "funder")
    #expect(CanonicalColumns.header(for: .feedback).filter { $0.hasPrefix("wemwbs_") }.count == 14)
  }

  @Test func everyLayoutHasAKindASignatureAndCanonicalColumns() {
    #expect(ExportLayout.builtIn.count == 11)
    for layout in ExportLayout.builtIn {
      #expect(!layout.signature.isEmpty, "\(layout.name)")
      #expect(!layout.confirmed.isEmpty, "\(layout.name)")
      let names = CanonicalColumns.names[layout.kind]!
      for (column, _) in layout.columns {
        #expect(names.contains(column.name), "\(layout.name): \(column.name)")
      }
    }
  }

  @Test func aLayoutIsFoundByItsWholeSignature() {
    let header: Set<String> = ["order", "orderdate", "ordertype", "eventname"]
    #expect(ExportLayout.matching(header)?.name == "Eventbrite order report")
    #expect(
      ExportLayout.matching(header.union(["attendeestatus"]))?.name == "Eventbrite attendee report")
    #expect(ExportLayout.matching(["orderdate"]) == nil)
  }

  @Test func questionNumbersAreDropped() {
    let cases = [
      ("Q3. I've been feeling useful", "I've been feeling useful"), ("3) Rating", "Rating"),
      ("Question 12: Age", "Age"), ("1a - Name", "Name"), ("q4 Rating", "Rating"),
      ("3", "3"), ("3rd party", "3rd party"), ("Date", "Date"),
    ]
    for (header, expected) in cases {
      #expect(HeaderName.droppingQuestionNumber(header) == expected, "\(header)")
    }
  }

  @Test func wordingsAreFoundInsideHeaders() {
    let feedback = ColumnDictionary(kind: .feedback)
    let cases: [(String, String)] = [
      ("Q2. I’ve been feeling useful", "swemwbs_2"),
      ("Statements [I've been thinking clearly]", "swemwbs_5"),
      (
        "On a scale of 0 to 10, how likely is it that you would recommend the museum to a friend or colleague?",
        "recommend"
      ),
      ("Overall, how anxious did you feel yesterday? (0 = not at all)", "ons_anxious"),
      ("How often do you feel that you lack companionship?", "ucla_1"),
      ("What did you enjoy most about today?", "comment"),
    ]
    for (header, column) in cases {
      #expect(feedback.canonicalName(for: header)?.name == column, "\(header)")
    }
    #expect(feedback.canonicalName(for: "How likely is it to rain?") == nil)
  }

  @Test func aStatementSharedByBothScalesGoesToTheScaleTheHeaderShows() {
    let feedback = ColumnDictionary(kind: .feedback)
    let swemwbs = feedback.layout(for: [
      "date", "I've been feeling useful", "I've been feeling relaxed",
    ])
    #expect(swemwbs.position[Column("swemwbs_2")] == 1)
    let wemwbs = feedback.layout(for: [
      "date", "I've been feeling useful", "I've been feeling relaxed", "I've been feeling loved",
    ])
    #expect(wemwbs.position[Column("wemwbs_2")] == 1)
    #expect(wemwbs.position[Column("wemwbs_12")] == 3)
    #expect(wemwbs.position[Column("swemwbs_2")] == nil)
  }
}
