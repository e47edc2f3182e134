import ImpactModel

/// The canonical columns of each kind of file, with the header names built in for them, from
/// the embedded `columns.txt` (`Sources/ImpactIngest/Vocabulary/Files/`).
///
/// Aliases are written as people write headers; matching goes through
/// ``HeaderName/normalise(_:)``, so case, spaces, underscores, hyphens and punctuation do
/// not matter. An alias written `~ wording` is a standard question's wording, found anywhere
/// in a header (see ``ColumnDictionary``).
public enum CanonicalColumns {
  /// The canonical column names per kind, for validating the `columns:` section of the config.
  public static var names: [FileKind: Set<String>] {
    var result: [FileKind: Set<String>] = [:]
    for kind in FileKind.allCases {
      result[kind] = Set(builtIn(for: kind).map(\.column.name))
    }
    return result
  }

  /// The columns a file of `kind` may hold, with their built-in aliases. Attendance files
  /// may also carry every participant column (flat exports).
  static func builtIn(for kind: FileKind) -> [(column: Column, aliases: [String])] {
    switch kind {
    case .attendance: return ownColumns[.attendance]! + ownColumns[.participants]!
    default: return ownColumns[kind]!
    }
  }

  /// Each kind's own section of `columns.txt`, in the order written.
  static let ownColumns: [FileKind: [(column: Column, aliases: [String])]] = {
    let file = VocabularyFile.columns
    var result: [FileKind: [(column: Column, aliases: [String])]] = [:]
    for kind in FileKind.allCases {
      result[kind] = file.section(kind.rawValue).entries.map { (Column($0.key), $0.items) }
    }
    return result
  }()

  /// The measure columns whose presence makes a file feedback.
  static func isMeasure(_ column: Column) -> Bool {
    measures.contains(column)
  }

  /// The measure columns: every scale item and single-answer measure of the feedback kind.
  static let measures: Set<Column> = Set(
    ownColumns[.feedback]!.map(\.column).filter { column in
      FeedbackMeasure.allCases.contains {
        column == .measure($0) || column.name.hasPrefix($0.rawValue + "_")
      }
    })
}

extension CanonicalColumns {
  /// The canonical header of a kind's template CSV (attendance without the participant
  /// columns, which live in the participants file).
  public static func header(for kind: FileKind) -> [String] {
    ownColumns[kind]!.map(\.column.name)
  }
}
