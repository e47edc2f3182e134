import ImpactIngest
import ImpactModel

/// One data file read the way `impact report` reads a folder: the file's kind recognised from
/// its header, every row parsed into the dataset. An error is a finding only if it has no
/// message; a crash, a hang or unbounded memory is one always.
public struct DataFolderTarget: Sendable {
  let folder: FuzzFolder
  let fileName: String

  /// A target whose input is written as `fileName` (`data.csv`, `data.xlsx`).
  public init(fileName: String) {
    folder = FuzzFolder(fileName)
    self.fileName = fileName
  }

  /// Reads `bytes` as the folder's one file.
  public func run(_ bytes: UnsafeRawBufferPointer) {
    folder.write(bytes, as: fileName)
    do {
      let reader = DataFolderReader(configuration: ImpactConfiguration())
      let dataset = try reader.read(folder: folder.path)
      precondition(dataset.files.count <= 1, "one file gave \(dataset.files.count) file records")
    } catch {
      precondition(!error.description.isEmpty, "an ingest error without a message: \(error)")
    }
  }
}
