import ImpactFiles
import ImpactModel

/// What ``SampleGenerator/write(to:)`` wrote.
public struct SampleSummary: Hashable, Sendable {
  /// Every file written, in the order written.
  public var files: [SampleFile]
  /// The deliberate data problems, each at a known file, line and column.
  public var problems: [SampleProblem]
  /// The number of distinct people created (every one has a row in `participants.csv`).
  public var people: Int

  /// Creates a summary.
  public init(files: [SampleFile], problems: [SampleProblem], people: Int) {
    self.files = files
    self.problems = problems
    self.people = people
  }

  /// The data rows written in files of one kind (header and title rows not counted; a
  /// malformed or duplicated row counted as written).
  public func rows(of kind: FileKind) -> Int {
    files.filter { $0.kind == kind }.reduce(0) { $0 + $1.rows }
  }
}

/// One file written by the generator.
public struct SampleFile: Hashable, Sendable {
  /// The path relative to the output folder, with `/` separators
  /// (`attendance/attendance-young-creatives-2024-25.csv`).
  public var path: String
  /// The kind of data the file holds.
  public var kind: FileKind
  /// Data rows written (header and title rows not counted).
  public var rows: Int
  /// The text encoding the file is written in.
  public var encoding: TextEncoding

  /// Creates a file record.
  public init(path: String, kind: FileKind, rows: Int, encoding: TextEncoding) {
    self.path = path
    self.kind = kind
    self.rows = rows
    self.encoding = encoding
  }
}

/// A deliberate problem in the sample data, where it is and how `impact` should treat it.
public struct SampleProblem: Hashable, Sendable {
  /// The path relative to the output folder.
  public var file: String
  /// The physical line (1-based, as a text editor shows it) of the record.
  public var line: Int
  /// The canonical column the problem is about (`date`, `swemwbs_3`, `amount` …).
  public var column: String
  /// The value as written in the file.
  public var value: String
  /// How DATA.md says the row is treated.
  public var severity: Severity
  /// What is wrong, in plain words.
  public var problem: String

  /// Creates a problem record.
  public init(
    file: String, line: Int, column: String, value: String, severity: Severity, problem: String
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.value = value
    self.severity = severity
    self.problem = problem
  }
}

extension SampleSummary: CustomStringConvertible {
  /// A readable account: the files with their kinds, rows and encodings, then the deliberate
  /// problems with file, line, column and value.
  public var description: String {
    var lines = [
      "\(files.count) files, \(people) people, \(rows(of: .attendance)) attendance rows, "
        + "\(rows(of: .feedback)) feedback responses, \(rows(of: .funding)) funding lines"
    ]
    for file in files {
      lines.append("  \(file.path): \(file.rows) \(file.kind.rawValue) rows, \(file.encoding.name)")
    }
    lines.append("Deliberate data problems, for trying out `impact validate`:")
    for problem in problems {
      lines.append(
        "  \(problem.file):\(problem.line) \(problem.column) \u{201C}\(problem.value)\u{201D} "
          + "(\(problem.severity.rawValue)): \(problem.problem)")
    }
    return lines.joined(separator: "\n")
  }
}
