import Foundation
import ImpactModel
import ImpactTestSupport

@testable import ImpactIngest

extension TemporaryFolder {
  /// Reads the folder as a data folder with a configuration, then removes it: for tests of
  /// one rule each, on a folder written for them.
  func read(
    _ configuration: ImpactConfiguration = ImpactConfiguration(),
    options: DataFolderReader.Options = .init()
  ) throws -> Dataset {
    defer { remove() }
    return try DataFolderReader(configuration: configuration, options: options).read(folder: path)
  }
}
