import ImpactModel

/// The `impact.yml` that `impact init --from DATA` writes: notes on what reading the folder
/// with the default settings found (each file's kind, layout and column mapping), the
/// questions it could not settle, then the commented default settings themselves, so that the
/// file, read back, reads the folder exactly as no file does. Its wording is `config.draft.…`
/// in `labels.txt`.
public struct ConfigDraft: Sendable {
  /// The data as read with the default settings.
  public let dataset: Dataset
  /// The data folder, as the user named it.
  let folder: String
  /// The settings text the notes stand above (the commented defaults).
  let settings: String
  /// The date order the settings give.
  let dateOrder: DateOrder
  let labels: ReportLabels

  /// The width a note's lines are wrapped to.
  static let width = 96

  /// Creates the draft for a dataset read from `folder` with `settings`, whose `date_order`
  /// is `dateOrder`.
  public init(
    dataset: Dataset, folder: String, settings: String, dateOrder: DateOrder
  ) throws(TemplateError) {
    self.dataset = dataset
    self.folder = folder
    self.settings = settings
    self.dateOrder = dateOrder
    labels = try ReportLabels.builtIn()
  }

  /// The whole file.
  public func render() -> String {
    var notes = Self.wrap(labels("config.draft.title", ["folder": folder]))
    notes += Self.wrap(labels["config.draft.intro"])
    notes += ["", labels["config.draft.files"]]
    for file in dataset.files {
      notes += [""] + describe(file)
    }
    let questions = self.questions()
    notes +=
      [""] + Self.wrap(labels[questions.isEmpty ? "config.draft.none" : "config.draft.questions"])
    for question in questions {
      notes += [""] + Self.wrap("- " + question, first: "", rest: "  ")
    }
    let comments = notes.map { $0.isEmpty ? "#" : "# " + $0 }
    return comments.joined(separator: "\n") + "\n\n" + settings
  }

  /// A file's heading line and one line per header cell: read as a column, or not used.
  private func describe(_ file: FileReport) -> [String] {
    let values = [
      "path": file.path, "kind": file.kind.rawValue, "line": String(file.headerLine),
      "layout": file.layout ?? "",
    ]
    let heading = file.layout == nil ? "config.draft.file" : "config.draft.file_layout"
    var lines = Self.wrap(labels(heading, values), first: "", rest: "    ")
    var items: [String] = []
    if let facts = file.fromFileName {
      items.append(labels("config.draft.from_name", ["facts": facts]))
    }
    for read in file.columnsRead {
      let key =
        read.column == Column.participantID.name && file.personKey != nil
        ? "config.draft.person" : "config.draft.column"
      items.append(
        labels(key, ["header": read.header, "column": read.column, "key": file.personKey ?? ""]))
    }
    for header in file.unknownColumns {
      items.append(labels("config.draft.unused", ["header": header]))
    }
    for item in items {
      lines += Self.wrap(item, first: "  ", rest: "      ")
    }
    return lines
  }

  /// What reading could not settle, file by file, then the files it could not read.
  private func questions() -> [String] {
    var questions: [String] = []
    for file in dataset.files {
      let values = ["path": file.path, "kind": file.kind.rawValue]
      for header in file.datesByDateOrder {
        questions.append(
          labels(
            "config.draft.date_order",
            values.merging(["header": header, "order": dateOrder.rawValue]) { $1 }))
      }
      if let chosen = file.columnsRead.first(where: { $0.column == Column.status.name }),
        let other = file.otherStatusColumns.first
      {
        let others = file.otherStatusColumns.map { "`\($0)`" }.joined(separator: ", ")
        questions.append(
          labels(
            "config.draft.status",
            values.merging(["chosen": chosen.header, "others": others, "other": other]) { $1 }))
      }
      if Self.needsPerson(file) {
        questions.append(labels("config.draft.no_person", values))
      }
      if let first = file.unknownColumns.first {
        let columns = file.unknownColumns.map { "`\($0)`" }.joined(separator: ", ")
        questions.append(
          labels(
            "config.draft.unused_columns",
            values.merging(["columns": columns, "first": first]) { $1 }))
      }
    }
    questions += dataset.skippedFiles.map {
      labels("config.draft.skipped", ["message": $0.message])
    }
    questions += dataset.notes.map { labels("config.draft.not_read", ["message": $0.message]) }
    return questions
  }

  /// Whether a file of people's rows has no column saying who each row is (an anonymous
  /// headcount file needs none).
  private static func needsPerson(_ file: FileReport) -> Bool {
    guard file.kind == .attendance || file.kind == .feedback else { return false }
    let read = Set(file.columnsRead.map(\.column))
    return !read.contains(Column.participantID.name) && !read.contains(Column.headcount.name)
  }

  /// A note in lines of at most ``width`` characters (a longer word stands alone), the first
  /// starting with `first`, the others with `rest`; a line break inside a header becomes a
  /// space, so that every line stays a comment.
  static func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
    var lines: [String] = []
    var line = first
    var empty = true
    for word in text.split(whereSeparator: { $0 == " " || $0.isNewline }) {
      if !empty, line.count + 1 + word.count > width {
        lines.append(line)
        line = rest + word
      } else {
        line += (empty ? "" : " ") + word
      }
      empty = false
    }
    lines.append(line)
    return lines
  }
}
