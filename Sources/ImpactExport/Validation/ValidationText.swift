import ImpactModel

/// The text `impact validate` prints: a summary per file, then the problems grouped by
/// severity and column, each with file:line, value and reason.
public struct ValidationText: Sendable {
  /// The data as read: each file's account, the skipped files and every problem.
  public let dataset: Dataset
  let folder: String
  let limit: Int

  /// Creates the text for a dataset read from `folder`, listing at most `limit` problems of
  /// each group (0 for all).
  public init(dataset: Dataset, folder: String, limit: Int) {
    self.dataset = dataset
    self.folder = folder
    self.limit = limit
  }

  /// The whole text.
  public func render() -> String {
    var lines = ["Data folder: \(folder)", ""]
    lines += fileTable()
    let recognised = dataset.files.filter {
      $0.layout != nil || $0.personKey != nil || $0.fromFileName != nil
    }
    if !recognised.isEmpty {
      lines += ["", "Recognised exports:"]
      lines += recognised.map { file in
        let parts = [
          file.layout, file.personKey.map { "each person is their \($0)" }, file.fromFileName,
        ]
        return "  \(file.path): " + parts.compactMap { $0 }.joined(separator: "; ")
      }
    }
    let unknown = dataset.files.filter { !$0.unknownColumns.isEmpty }
    if !unknown.isEmpty {
      lines += ["", "Columns not used (not recognised; add aliases in impact.yml to use them):"]
      for file in unknown {
        lines.append("  \(file.path): \(file.unknownColumns.joined(separator: ", "))")
      }
    }
    if !dataset.skippedFiles.isEmpty {
      lines += [
        "", "Files skipped (a file-level problem; `report` stops at it unless --keep-going):",
      ]
      lines += dataset.skippedFiles.map { "  \($0.message)" }
    }
    if !dataset.notes.isEmpty {
      lines += ["", "Not read:"]
      lines += dataset.notes.map { "  \($0.message)" }
    }
    lines += [""] + problems()
    return lines.joined(separator: "\n")
  }

  private func fileTable() -> [String] {
    let header = [
      "File", "Kind", "Encoding", "Delimiter", "Rows", "Rejected", "Duplicates",
      "Warnings",
    ]
    var rows = dataset.files.map { file in
      [
        file.path, file.kind.rawValue, file.encoding, file.delimiter,
        UKNumber.whole(Double(file.rowsRead)),
        UKNumber.whole(Double(file.rowsRejected)), UKNumber.whole(Double(file.duplicates)),
        UKNumber.whole(Double(file.warnings)),
      ]
    }
    let totals = [\FileReport.rowsRead, \.rowsRejected, \.duplicates, \.warnings].map { path in
      UKNumber.whole(Double(dataset.files.reduce(0) { $0 + $1[keyPath: path] }))
    }
    let files = dataset.files.count == 1 ? "1 file" : "\(dataset.files.count) files"
    rows.append(["Total (\(files))", "", "", ""] + totals)
    let widths = header.indices.map { column in
      ([header] + rows).map { $0[column].count }.max() ?? 0
    }
    func format(_ cells: [String]) -> String {
      let parts = cells.enumerated().map { column, cell in
        let pad = String(repeating: " ", count: widths[column] - cell.count)
        return column < 4 ? cell + pad : pad + cell
      }
      return "  " + parts.joined(separator: "  ")
    }
    return [format(header)] + rows.map(format)
  }

  private func problems() -> [String] {
    guard !dataset.issues.isEmpty else { return ["No problems found."] }
    var lines = ["Problems:"]
    for severity in Severity.allCases {
      let issues = dataset.issues.filter { $0.severity == severity }
      guard !issues.isEmpty else { continue }
      lines += ["", "\(title(severity)) (\(UKNumber.whole(Double(issues.count))))"]
      var groups: [String: [DataQualityIssue]] = [:]
      var order: [String] = []
      for issue in issues {
        let key = "\(issue.kind.rawValue) \(issue.column.isEmpty ? "whole row" : issue.column)"
        if groups[key] == nil { order.append(key) }
        groups[key, default: []].append(issue)
      }
      for key in order {
        let group = groups[key]!
        lines.append("  \(key): \(UKNumber.whole(Double(group.count)))")
        let shown = limit > 0 ? Array(group.prefix(limit)) : group
        for issue in shown {
          let value = issue.value.isEmpty ? "" : " `\(Self.clip(issue.value))`"
          lines.append("    \(issue.file):\(issue.line)\(value): \(issue.problem)")
        }
        if shown.count < group.count {
          lines.append(
            "    … and \(UKNumber.whole(Double(group.count - shown.count))) more "
              + "(all are in data-quality.csv: `impact validate --out DIR`)")
        }
      }
    }
    return lines
  }

  /// The heading of a severity's problems: `Rejected rows (left out of the figures)`.
  public func title(_ severity: Severity) -> String {
    switch severity {
    case .rejected: return "Rejected rows (left out of the figures)"
    case .duplicate: return "Duplicates (collapsed, counted once)"
    case .warning: return "Warnings (row kept; the value named is unknown or read as stated)"
    }
  }

  private static func clip(_ text: String) -> String {
    text.count > 60 ? String(text.prefix(57)) + "…" : text
  }
}
