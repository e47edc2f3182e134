import ImpactModel
import Testing

@testable import ImpactExport

@Suite struct ConfigDraftTests {
  static func draft(_ files: [FileReport], notes: [FileNote] = []) throws -> String {
    var dataset = Dataset()
    dataset.files = files
    dataset.notes = notes
    return try ConfigDraft(
      dataset: dataset, folder: "exports", settings: "currency: GBP\n", dateOrder: .dayFirst
    ).render()
  }

  @Test func aFileWithNoOneToCountAsksForItsPersonColumn() throws {
    var file = FileReport(
      path: "feedback/poll.csv", kind: .feedback, encoding: "UTF-8", delimiter: "comma",
      headerLine: 3)
    file.layout = "Google Forms responses"
    file.columnsRead = [.init(header: "Timestamp", column: "date")]
    let text = try Self.draft(
      [file], notes: [FileNote(path: "old.xls", message: "old.xls: save it as .xlsx")])
    #expect(
      text == """
        # impact.yml for the data folder exports, written by `impact init --from` from what it found
        # there.
        # The settings after these notes are the defaults: with them, `impact report` reads the folder as
        # the notes say, the same as with no impact.yml. Check the notes, answer the questions, and change
        # a setting only where an answer calls for it.
        #
        # What each file was read as:
        #
        # feedback/poll.csv: feedback, recognised as Google Forms responses, header on line 3
        #   `Timestamp` is read as date
        #
        # To confirm:
        #
        # - feedback/poll.csv: no column says who each row is (an id, an email or a full name), so its
        #   people cannot be counted. If one does, name it under columns: below, as `feedback:
        #   participant_id: ["its header"]`.
        #
        # - Not read: old.xls: save it as .xlsx

        currency: GBP

        """)
  }

  @Test func aFileReadByItsOwnNamesHasNothingToConfirm() throws {
    var file = FileReport(
      path: "attendance.csv", kind: .attendance, encoding: "UTF-8", delimiter: "comma",
      headerLine: 1)
    file.columnsRead = [
      .init(header: "participant_id", column: "participant_id"),
      .init(header: "date", column: "date"),
    ]
    let text = try Self.draft([file])
    #expect(text.contains("\n# attendance.csv: attendance, header on line 1\n"))
    #expect(text.contains("\n#   `participant_id` is read as participant_id\n"))
    #expect(
      text.contains(
        "\n# Nothing to confirm: every file was read by its own column names and values.\n"))
  }

  @Test func aLongNoteWrapsAtWordsAndAHeaderLineBreakBecomesASpace() {
    let words = Array(repeating: "abcdefghi", count: 12).joined(separator: " ")
    // Ten words of nine letters and their spaces are 99 characters: nine fit in 96.
    #expect(
      ConfigDraft.wrap(words, first: "", rest: "  ") == [
        Array(repeating: "abcdefghi", count: 9).joined(separator: " "),
        "  " + Array(repeating: "abcdefghi", count: 3).joined(separator: " "),
      ])
    #expect(ConfigDraft.wrap("`Shoe\nsize` is not used") == ["`Shoe size` is not used"])
  }
}
