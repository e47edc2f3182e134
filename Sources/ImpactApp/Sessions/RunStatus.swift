import ImpactIngest

/// How far a running report has got: the phase it is in and, while the data is read, the
/// file, the bytes read of the total and the rows read.
struct RunStatus: Sendable, Equatable {
  /// The phase, named for a person (empty while reading).
  var phase = ""
  /// The file being read, relative to the data folder.
  var file = ""
  /// Bytes read so far, over all files.
  var bytesRead = 0
  /// Bytes in all the data files (0 before reading starts).
  var totalBytes = 0
  /// Rows read so far.
  var rowsRead = 0

  /// The share of the bytes read, as a whole percentage; `nil` before reading starts.
  var percent: Int? {
    totalBytes > 0 ? min(100, bytesRead * 100 / totalBytes) : nil
  }

  /// The status after `progress`, reading having got that far.
  func reading(_ progress: ReadProgress) -> RunStatus {
    var status = self
    status.file = progress.file
    status.bytesRead = progress.bytesRead
    status.totalBytes = progress.totalBytes
    status.rowsRead = progress.rowsRead
    return status
  }
}
