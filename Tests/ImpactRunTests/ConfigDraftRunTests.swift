import Foundation
import ImpactModel
import ImpactRun
import ImpactTestSupport
import Testing

@Suite struct ConfigDraftRunTests {
  /// An attendance file with dates that read either way, two status columns, an email for
  /// each person and a column impact does not read; and a file of no kind.
  static let folder = [
    "attendance/drama.csv":
      "Date,Email,Programme,Status,Checked In,Shoe size\n"
      + "03/04/2025,ann@example.org,Drama,present,yes,5\n"
      + "04/05/2025,bo@example.org,Drama,present,no,7\n",
    "mystery.csv": "colour,shape\nred,round\n",
  ]

  /// The notes of a written file as one text: each comment line without its `# `, joined by
  /// spaces, so a test reads a note however it is wrapped.
  static func notes(_ text: String) -> String {
    text.split(separator: "\n").prefix { $0.hasPrefix("#") }
      .map { $0.dropFirst().trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }.joined(separator: " ")
  }

  @Test func theFileSaysHowEachFileIsReadAndAsksWhatReadingCouldNotSettle() throws {
    let data = try TemporaryFolder(Self.folder)
    defer { data.remove() }
    let path = try ConfigDraftRun(data: data.path, folder: data.path).run()
    #expect(path == data.file("impact.yml"))
    let text = try data.text("impact.yml")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let described = [
      "# attendance/drama.csv: attendance, header on line 1",
      "#   `Date` is read as date",
      "#   `Email` is read as participant_id: each person is their email",
      "#   `Programme` is read as programme",
      "#   `Status` is read as status",
      "#   `Checked In` is not used",
      "#   `Shoe size` is not used",
    ]
    let start = try #require(lines.firstIndex(of: Substring(described[0])))
    #expect(lines[start..<start + described.count].map(String.init) == described)
    let notes = Self.notes(text)
    // 03/04/2025 and 04/05/2025 are each two days; nothing in the column settles which.
    #expect(
      notes.contains(
        "- attendance/drama.csv: every date in `Date` reads either way (03/04/2025 could be 3 "
          + "April or 4 March), so date_order decides: DMY. If these dates are month first, "
          + "write date_order: MDY below; if day first, DMY."))
    // Both columns hold only status words, so the first is read and the other is a question.
    #expect(
      notes.contains(
        "- attendance/drama.csv: `Checked In` could also be the attendance status; `Status` is "
          + "read. To read another, name it under columns: below, as `attendance: status: "
          + "[\"Checked In\"]`."))
    #expect(
      notes.contains(
        "- attendance/drama.csv: these columns are not used: `Checked In`, `Shoe size`. If one "
          + "holds something impact reads"))
    #expect(notes.contains("- Could not be read, so `impact report` stops at it"))
    #expect(notes.contains("mystery.csv: cannot tell what kind of file this is"))
    // Every line of the notes is a comment no wider than 98 characters; the settings follow.
    let noteLines = lines.prefix { !$0.isEmpty }
    #expect(noteLines.allSatisfy { $0.hasPrefix("#") && $0.count <= 98 })
    #expect(text.contains("\n\n# impact.yml: settings for your impact reports.\n"))
  }

  @Test func theFileReadBackIsTheDefaultSettingsAndReadsTheDataAsNoFileDoes() throws {
    let data = try TemporaryFolder(Self.folder)
    defer { data.remove() }
    let bare = try DataReading(folder: data.path, keepGoing: true, out: nil).read()
    _ = try ConfigDraftRun(data: data.path, folder: data.path).run()
    let loaded = try DataReading(folder: data.path, out: nil).configuration()
    #expect(loaded == ImpactConfiguration())
    let read = try DataReading(folder: data.path, keepGoing: true, out: nil).read().dataset
    // Day first: 3 April and 4 May 2025, each one attendance of Drama by a different person.
    #expect(read.attendance.day.map(\.description) == ["2025-04-03", "2025-05-04"])
    #expect(read.participants.count == 2)
    #expect(Array(read.attendance.day) == Array(bare.dataset.attendance.day))
    #expect(read.files == bare.dataset.files)
  }

  @Test func anExistingFileIsNeverOverwritten() throws {
    var files = Self.folder
    files["impact.yml"] = "organisation: Mine\n"
    let data = try TemporaryFolder(files)
    defer { data.remove() }
    #expect(
      throws: ReportRunError.settingsFileExists(path: data.file("impact.yml"), data: data.path)
    ) {
      try ConfigDraftRun(data: data.path, folder: data.path).run()
    }
    #expect(try data.text("impact.yml") == "organisation: Mine\n")
    // Written elsewhere, it describes the folder as read with the defaults.
    let other = data.file("draft")
    let path = try ConfigDraftRun(data: data.path, folder: other).run()
    #expect(path == other + "/impact.yml")
    #expect(Self.notes(try data.text("draft/impact.yml")).contains("`Shoe size` is not used"))
  }

  /// indicators.csv for a folder, with `config` or with no settings file.
  static func figures(_ folder: String, config: String?, out: String) throws -> String {
    _ = try ReportRun(
      options: .init(
        dataFolder: folder, configPath: config, out: out, formats: [.csv], keepGoing: true,
        generatedAt: Date(timeIntervalSince1970: 1_775_034_000))
    ).run()
    return try String(contentsOfFile: out + "/indicators.csv", encoding: .utf8)
  }

  /// Copies the files under `source` (but `impact.yml`) into a new temporary folder.
  static func copy(_ source: String) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    for path in FileManager.default.subpaths(atPath: source) ?? [] where path != "impact.yml" {
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: source + "/" + path, isDirectory: &isFolder)
      if isFolder.boolValue {
        try FileManager.default.createDirectory(
          atPath: folder.file(path), withIntermediateDirectories: true)
      } else {
        try FileManager.default.copyItem(atPath: source + "/" + path, toPath: folder.file(path))
      }
    }
    return folder
  }

  @Test(arguments: [
    "Tests/ImpactIngestTests/Fixtures/exports", "sample-data",
  ])
  func aFolderGivesTheSameFiguresWithTheWrittenFileAsWithNone(source: String) throws {
    let data = try Self.copy(CommandRunner.repositoryRoot + "/" + source)
    defer { data.remove() }
    let out = try TemporaryFolder()
    defer { out.remove() }
    let none = try Self.figures(data.path, config: nil, out: out.file("none"))
    let path = try ConfigDraftRun(data: data.path, folder: out.file("draft")).run()
    let drafted = try Self.figures(data.path, config: path, out: out.file("drafted"))
    #expect(drafted == none)
    #expect(none.split(separator: "\n").count > 20)
    let notes = Self.notes(try String(contentsOfFile: path, encoding: .utf8))
    if source == "sample-data" {
      #expect(notes.contains("recognised as SurveyMonkey"))
    } else {
      #expect(
        notes.contains(
          "eventbrite-attendees/youth-theatre-attendees.csv: attendance, recognised as "
            + "Eventbrite attendee report, header on line 1"))
      #expect(
        notes.contains(
          "register-grid/choir-register.csv: attendance, recognised as register grid, header on "
            + "line 2"))
    }
  }
}
