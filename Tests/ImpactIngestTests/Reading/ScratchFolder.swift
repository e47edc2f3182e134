import Foundation
import ImpactModel

@testable import ImpactIngest

/// A temporary data folder written file by file, for tests of one rule each.
struct ScratchFolder {
  let path: String

  init(_ files: [String: String]) throws {
    path = NSTemporaryDirectory() + "impact-ingest-" + UUID().uuidString
    for (name, text) in files {
      let file = path + "/" + name
      try FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: file, atomically: true, encoding: .utf8)
    }
  }

  /// Reads the folder with a configuration.
  func read(
    _ configuration: ImpactConfiguration = ImpactConfiguration(),
    options: DataFolderReader.Options = .init()
  ) throws -> Dataset {
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try DataFolderReader(configuration: configuration, options: options).read(folder: path)
  }
}
