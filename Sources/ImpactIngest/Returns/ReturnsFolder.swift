import Foundation
import ImpactModel

/// The returns folder of a data folder: `returns:` of `impact.yml` (relative to the data
/// folder), or `returns/` in it; every `.yml` and `.yaml` file in it is one funder's form.
public struct ReturnsFolder: Sendable {
  /// The folder's path.
  public var path: String
  /// Whether the configuration named it (a missing named folder is an error; a missing default
  /// one means there are no returns).
  public var isConfigured: Bool

  /// The returns folder of `dataFolder` under `configuration`.
  public init(dataFolder: String, configuration: ImpactConfiguration) {
    if let folder = configuration.returnsFolder {
      path =
        folder.hasPrefix("/") ? folder : (dataFolder as NSString).appendingPathComponent(folder)
      isConfigured = true
    } else {
      path = (dataFolder as NSString).appendingPathComponent("returns")
      isConfigured = false
    }
  }

  /// The return files' paths, ordered by Unicode code point of their names; none when the
  /// default folder is not there.
  public func files() throws(ReturnError) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
    else {
      if isConfigured { throw .folderNotFound(path: path) }
      return []
    }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return
      names
      .filter { !$0.hasPrefix(".") && ["yml", "yaml"].contains(($0 as NSString).pathExtension) }
      .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
      .map { (path as NSString).appendingPathComponent($0) }
  }

  /// Reads every return file, checking each against `vocabulary`.
  public func read(vocabulary: ReturnVocabulary) throws(ReturnError) -> [FunderReturn] {
    let reader = ReturnFileReader(vocabulary: vocabulary)
    var returns: [FunderReturn] = []
    for file in try files() {
      let funderReturn = try reader.read(path: file)
      if let other = returns.first(where: { $0.name == funderReturn.name }) {
        throw .duplicateName(name: funderReturn.name, files: [other.file, file])
      }
      returns.append(funderReturn)
    }
    return returns
  }
}
