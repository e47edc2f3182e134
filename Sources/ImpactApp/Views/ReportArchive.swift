import Foundation
import ImpactRun
import ZIPFoundation

/// Every file of a run's report in one ZIP, each under its own name, in the order written.
struct ReportArchive {
  let result: ReportRunResult

  /// The ZIP's bytes.
  func data() throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    for path in result.files {
      let url = URL(fileURLWithPath: path)
      try archive.addEntry(
        with: url.lastPathComponent, relativeTo: url.deletingLastPathComponent(),
        compressionMethod: .deflate)
    }
    guard let data = archive.data else { throw AppError.server("the ZIP could not be made") }
    return data
  }
}
