import ImpactModel

/// The layout of a common export (an Eventbrite attendee report, Google Forms responses, the
/// 360Giving grants sheet …), from `layouts.txt`: the headers that identify it, the kind of
/// file it is, and its own header names for canonical columns.
struct ExportLayout: Sendable, Equatable {
  /// The name `impact validate` prints ("Google Forms responses").
  let name: String
  let kind: FileKind
  /// The headers, normalised, that a header row must all hold to be this layout.
  let signature: [String]
  /// The headers, normalised, that a header row of this layout never holds.
  let unless: [String]
  /// The layout's own header names for canonical columns, in the order written.
  let columns: [(column: Column, headers: [String])]
  /// What each row reads as when the file has no status column (`booked` for an order
  /// report); `nil` for the usual rule (every row attended).
  let rows: AttendanceStatus?
  /// What is said once for each file of the layout, if anything.
  let note: String?
  /// What of the layout was checked against the tool's documentation.
  let confirmed: String

  static func == (a: ExportLayout, b: ExportLayout) -> Bool { a.name == b.name }

  /// The reserved keys of a layout section; every other key names a canonical column.
  private static let reserved: Set<String> = [
    "kind", "signature", "unless", "rows", "note", "confirmed",
  ]

  init(_ section: VocabularyFile.Section) {
    name = section.name
    guard let kindName = section.items("kind").first, let kind = FileKind(rawValue: kindName)
    else { preconditionFailure("layouts.txt [\(section.name)]: no valid kind") }
    self.kind = kind
    signature = section.items("signature").map(HeaderName.normalise)
    unless = section.items("unless").map(HeaderName.normalise)
    columns = section.entries.filter { !Self.reserved.contains($0.key) }.map {
      (Column($0.key), $0.items)
    }
    rows = section.items("rows").first.map {
      guard let status = AttendanceStatus(rawValue: $0) else {
        preconditionFailure("layouts.txt [\(section.name)]: rows `\($0)` is not a status")
      }
      return status
    }
    note = section.entries.first { $0.key == "note" }?.items.joined(separator: " | ")
    confirmed =
      section.entries.first { $0.key == "confirmed" }?.items.joined(separator: " | ") ?? ""
  }

  /// Every built-in layout, in the order of `layouts.txt`.
  static let builtIn: [ExportLayout] = VocabularyFile.layouts.sections.map(
    ExportLayout.init)

  /// The layout a header row shows: the one whose signature it holds whole (and none of its
  /// `unless` headers), the longest signature first; `nil` when none fits.
  static func matching(_ normalisedHeader: Set<String>) -> ExportLayout? {
    builtIn.filter { layout in
      layout.signature.allSatisfy(normalisedHeader.contains)
        && !layout.unless.contains(where: normalisedHeader.contains)
    }.max { $0.signature.count < $1.signature.count }
  }
}
