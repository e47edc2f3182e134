import ImpactModel

/// The data-quality counts, per file kind, for the `all` period.
enum DataQualityRows {
  static func write(_ dataset: Dataset, into sink: inout RowSink) {
    var warnings: [FileKind: Int] = [:]
    for issue in dataset.issues where issue.severity == .warning {
      warnings[issue.kind, default: 0] += 1
    }
    for kind in FileKind.allCases {
      let files = dataset.files.filter { $0.kind == kind }
      let counts: [(IndicatorID, Int)] = [
        (.rowsRead, files.reduce(0) { $0 + $1.rowsRead }),
        (.rowsRejected, files.reduce(0) { $0 + $1.rowsRejected }),
        (.duplicatesCollapsed, files.reduce(0) { $0 + $1.duplicates }),
        (.warnings, warnings[kind] ?? 0),
      ]
      for (id, count) in counts where count != 0 {
        sink.count(id, .kind, Group(kind.rawValue), Double(count), unit: .count, n: nil)
      }
    }
  }
}
